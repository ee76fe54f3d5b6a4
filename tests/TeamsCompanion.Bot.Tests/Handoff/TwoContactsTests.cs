using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Bot.Tests.Handoff;

public sealed class TwoContactsTests : HandoffHarness
{
    protected override BotFactory Start(Action<IServiceCollection>? services = null) =>
        new(Settings(ContactA, ContactB), configureServices: services, databasePath: DatabasePath);

    [Fact]
    public async Task BothTakeAtOnceOneWinsAndTheOtherSeesWho()
    {
        await ContactSaysHelloAsync(ContactA);
        await ContactSaysHelloAsync(ContactB);
        await ExecuteAsync("handoff.send", new JsonObject { ["requestKey"] = "k2", ["question"] = "Mag ik DeepL gebruiken?", ["redact"] = false });
        var cards = await DeliveredAsync(2);
        var cardA = cards.Single(c => c.Path.Contains(ContactA, StringComparison.Ordinal)).Card();
        var cardB = cards.Single(c => c.Path.Contains(ContactB, StringComparison.Ordinal)).Card();
        Connector.Clear();

        var results = await Task.WhenAll(
            ExecuteAsync("ticket.assign", DataOf(cardA, "ticket.assign"), ContactA),
            ExecuteAsync("ticket.assign", DataOf(cardB, "ticket.assign"), ContactB));

        var texts = results.Select(TextOf).ToList();
        Assert.Single(texts, t => t.Contains("heeft dit al opgepakt", StringComparison.Ordinal));
        var winner = texts.Single(t => !t.Contains("heeft dit al opgepakt", StringComparison.Ordinal));
        var loser = texts.Single(t => t.Contains("heeft dit al opgepakt", StringComparison.Ordinal));
        var winnerName = winner.Contains("Opgepakt door Anna", StringComparison.Ordinal) ? "Anna Contact" : "Bram Contact";
        Assert.Contains($"{winnerName} heeft dit al opgepakt", loser, StringComparison.Ordinal);

        // The loser's card was updated in place for them too.
        var update = Assert.Single(await DeliveredAsync(1));
        Assert.Equal("PUT", update.Method);

        // An answer pressed twice reaches the asker once.
        var answerCard = results.First(r => !TextOf(r).Contains("heeft dit al", StringComparison.Ordinal));
        var data = DataOf(answerCard, "ticket.answer");
        data["answer"] = "Nee, DeepL staat niet op de lijst.";
        var winnerId = winnerName.StartsWith("Anna", StringComparison.Ordinal) ? ContactA : ContactB;
        await ExecuteAsync("ticket.answer", data, winnerId);
        var twice = await ExecuteAsync("ticket.answer", data.DeepClone().AsObject(), winnerId);
        Assert.Contains("al beantwoord", TextOf(twice), StringComparison.Ordinal);
        await FlushOutboxAsync();
        Assert.Single(Connector.Requests, r => r.Path == "/v3/conversations/a:personal-1/activities");
    }
}
