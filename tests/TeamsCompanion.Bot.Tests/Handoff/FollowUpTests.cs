using System.Text.Json.Nodes;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Bot.Tests.Handoff;

public sealed class FollowUpTests : HandoffHarness
{
    [Fact]
    public async Task AFollowUpGoesToTheSameTicketAndTypingOpgelostClosesIt()
    {
        await ContactSaysHelloAsync(ContactA);
        await ExecuteAsync("handoff.send", new JsonObject { ["requestKey"] = "k-follow", ["question"] = "Mag ik Copilot gebruiken?", ["redact"] = false });
        var ticketCard = Assert.Single(await DeliveredAsync(1)).Card();
        Connector.Clear();
        var answer = DataOf(ticketCard, "ticket.answer");
        answer["answer"] = "Ja, de zakelijke versie.";
        await ExecuteAsync("ticket.answer", answer, ContactA);
        var answerCard = (await DeliveredAsync(1)).Single(r => r.Path == "/v3/conversations/a:personal-1/activities").Card();
        Connector.Clear();

        var followUp = DataOf(answerCard, "ticket.followup");
        followUp["followUp"] = "Ook voor vergaderingen met burgers?";
        Assert.Contains("vraag 1", TextOf(await ExecuteAsync("ticket.followup", followUp)), StringComparison.Ordinal);

        // The contact's card shows the follow-up on the same ticket, and a nudge arrives next to it.
        var toContact = await DeliveredAsync(2);
        var refreshed = toContact.Single(r => r.Method == "PUT").Card();
        Assert.Contains("Ook voor vergaderingen met burgers?", TextOf(refreshed), StringComparison.Ordinal);
        Assert.Contains("Vervolgvraag", TextOf(refreshed), StringComparison.Ordinal);
        Assert.Contains(toContact, r => r.Method == "POST" && r.CardText().Contains("Nieuw bericht bij vraag 1", StringComparison.Ordinal));
        Connector.Clear();

        // After a second answer, the asker types "opgelost".
        var second = DataOf(refreshed, "ticket.answer");
        second["answer"] = "Ja, als je het meldt aan het begin.";
        await ExecuteAsync("ticket.answer", second, ContactA);
        await DeliveredAsync(1);
        Connector.Clear();
        await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "opgelost"));
        var replies = await DeliveredAsync(2);
        Assert.Contains(replies, r => r.CardText().Contains("Vraag 1 is gesloten", StringComparison.Ordinal));
        Assert.Contains(replies, r => r.Method == "PUT" && r.CardText().Contains("Gesloten", StringComparison.Ordinal));
    }
}
