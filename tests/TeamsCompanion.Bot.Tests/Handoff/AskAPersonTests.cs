using System.Text.Json.Nodes;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Bot.Tests.Handoff;

public class AskAPersonTests : HandoffHarness
{
    private const string QuestionWithBsn = "Mag ik Copilot gebruiken voor een brief aan de heer Jansen met BSN 123456782?";

    [Fact]
    public async Task QuestionTravelsToTheContactAndTheAnswerComesBackAcrossRestarts()
    {
        await ContactSaysHelloAsync(ContactA);

        // The asker starts in chat; the bot shows the question back with the personal-data check.
        await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "vraag aan contactpersoon: " + QuestionWithBsn));
        var review = Assert.Single(await DeliveredAsync(1)).Card();
        var reviewText = TextOf(review);
        Assert.Contains("persoonsgegeven", reviewText, StringComparison.Ordinal);
        Assert.Contains("[BSN]", reviewText, StringComparison.Ordinal);
        Connector.Clear();

        var sent = await ExecuteAsync("handoff.send", DataOf(review, "handoff.send"));
        Assert.Contains("Verstuurd: vraag 1", TextOf(sent), StringComparison.Ordinal);

        // The ticket card reaches the contact's own chat, without the BSN.
        var toContact = Assert.Single(await DeliveredAsync(1));
        Assert.Equal($"/v3/conversations/{ConversationOf(ContactA)}/activities", toContact.Path);
        var ticketCard = toContact.Card();
        Assert.Contains("[BSN]", TextOf(ticketCard), StringComparison.Ordinal);
        Assert.DoesNotContain("123456782", toContact.Body!.ToJsonString(), StringComparison.Ordinal);
        Connector.Clear();

        await RestartAsync();
        var taken = await ExecuteAsync("ticket.assign", DataOf(ticketCard, "ticket.assign"), ContactA);
        Assert.Contains("Opgepakt door Anna Contact", TextOf(taken), StringComparison.Ordinal);

        await RestartAsync();
        var answerData = DataOf(taken, "ticket.answer");
        answerData["answer"] = "Ja, als je de BSN eruit laat en de brief zelf controleert.";
        var answered = await ExecuteAsync("ticket.answer", answerData, ContactA);
        Assert.Contains("Beantwoord door Anna Contact", TextOf(answered), StringComparison.Ordinal);

        var toAsker = Assert.Single(await DeliveredAsync(1));
        Assert.Equal("/v3/conversations/a:personal-1/activities", toAsker.Path);
        var answerCard = toAsker.Card();
        var answerText = TextOf(answerCard);
        Assert.Contains("Antwoord op je vraag 1", answerText, StringComparison.Ordinal);
        Assert.Contains("als je de BSN eruit laat", answerText, StringComparison.Ordinal);
        Connector.Clear();

        // The asker rates it and says it is solved; the contact's card follows.
        var rateData = DataOf(answerCard, "ticket.rate");
        rateData["rating"] = "5";
        Assert.Contains("beoordeling", TextOf(await ExecuteAsync("ticket.rate", rateData)), StringComparison.Ordinal);
        Assert.Contains("is gesloten", TextOf(await ExecuteAsync("ticket.resolved", DataOf(answerCard, "ticket.resolved"))), StringComparison.Ordinal);
        var updates = await DeliveredAsync(2);
        Assert.All(updates, u => Assert.Equal("PUT", u.Method));
        Assert.Contains("Gesloten", TextOf(updates[^1].Card()), StringComparison.Ordinal);
        Assert.Contains("5/5", TextOf(updates[^1].Card()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChatPhrasesOpenTheFormAndAnEmptyQuestionIsSentBack()
    {
        await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "ik wil een mens spreken"));
        var form = Assert.Single(await DeliveredAsync(1)).Card();
        Assert.Contains("Vraag het een mens", TextOf(form), StringComparison.Ordinal);

        var data = DataOf(form, "handoff.review");
        data["question"] = "   ";
        var again = await ExecuteAsync("handoff.review", data);
        Assert.Contains("Je vraag is leeg", TextOf(again), StringComparison.Ordinal);

        data["question"] = "Welke AI-tools mogen we gebruiken voor notulen?";
        var review = await ExecuteAsync("handoff.review", data);
        Assert.DoesNotContain("persoonsgegeven", TextOf(review), StringComparison.Ordinal);
        Assert.Contains("Welke AI-tools mogen we gebruiken voor notulen?", TextOf(review), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PressingSendTwiceMakesOneTicket()
    {
        await ContactSaysHelloAsync(ContactA);
        var data = new JsonObject { ["requestKey"] = "k-twice", ["question"] = "Hoe lang bewaren we AI-chats?", ["redact"] = false };

        var first = await ExecuteAsync("handoff.send", data);
        var second = await ExecuteAsync("handoff.send", data.DeepClone().AsObject());

        Assert.Contains("vraag 1", TextOf(first), StringComparison.Ordinal);
        Assert.Contains("vraag 1", TextOf(second), StringComparison.Ordinal);
        await DeliveredAsync(1);
        await FlushOutboxAsync();
        Assert.Single(Connector.Requests);
    }

    [Fact]
    public async Task EmptyAnswerAndUnknownTicketGetAClearCardAndSendNothing()
    {
        await ContactSaysHelloAsync(ContactA);
        await ExecuteAsync("handoff.send", new JsonObject { ["requestKey"] = "k1", ["question"] = "Mag Copilot in Teams aan?", ["redact"] = false });
        var ticketCard = Assert.Single(await DeliveredAsync(1)).Card();
        Connector.Clear();

        var data = DataOf(ticketCard, "ticket.answer");
        data["answer"] = " ";
        Assert.Contains("Je antwoord is leeg", TextOf(await ExecuteAsync("ticket.answer", data, ContactA)), StringComparison.Ordinal);

        var unknown = await ExecuteAsync("ticket.assign", new JsonObject { ["ticketId"] = 999, ["version"] = 1 }, ContactA);
        Assert.Contains("Niet gevonden", TextOf(unknown), StringComparison.Ordinal);

        // Somebody else's chat cannot act on the ticket.
        var stranger = await ExecuteAsync("ticket.assign", DataOf(ticketCard, "ticket.assign"), Asker);
        Assert.Contains("Niet voor jou", TextOf(stranger), StringComparison.Ordinal);

        await FlushOutboxAsync();
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task WithoutContactsTheBotNamesTheContactPoint()
    {
        await Bot.DisposeAsync();
        Bot = new BotFactory(new(DatabaseSettings), databasePath: DatabasePath);

        await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "ik wil een mens spreken"));

        var text = TextOf(Assert.Single(await DeliveredAsync(1)).Card());
        Assert.Contains("ai-vragen@organisatie.example", text, StringComparison.Ordinal);
    }
}
