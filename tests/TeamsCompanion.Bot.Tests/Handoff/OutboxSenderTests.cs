using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TeamsCompanion.Bot.Outbox;
using TeamsCompanion.Bot.Storage;

namespace TeamsCompanion.Bot.Tests.Handoff;

public sealed class OutboxSenderTests : HandoffHarness
{
    protected override Dictionary<string, string?> Settings(params string[] contacts)
    {
        var settings = base.Settings(contacts);
        settings["Outbox:MaxAttempts"] = "2";
        return settings;
    }

    [Fact]
    public async Task AServerErrorIsRetriedLaterAndDeadLetteredAfterTheLastAttempt()
    {
        await ContactSaysHelloAsync(ContactA);
        Connector.Respond(500);

        await ExecuteAsync("handoff.send", new JsonObject { ["requestKey"] = "k-500", ["question"] = "Mag ik Copilot gebruiken?", ["redact"] = false });
        await DeliveredAsync(1);

        var failed = await OutboxRowAsync();
        Assert.Equal(OutboxState.Pending, failed.State);
        Assert.Equal(1, failed.Attempts);
        Assert.Equal("500", failed.LastError);
        Assert.True(failed.NextAttemptAt > DateTimeOffset.UtcNow, "the retry waits");

        // Due again: the second failure is the last allowed attempt.
        Connector.Respond(500);
        await MakeDueAsync();
        await FlushOutboxAsync();
        var dead = await OutboxRowAsync();
        Assert.Equal(OutboxState.DeadLetter, dead.State);
        Assert.Equal(2, dead.Attempts);
        Assert.Equal(2, Connector.Requests.Count);
    }

    [Fact]
    public async Task AMessageSentBeforeARestartIsNotSentAgain()
    {
        await ContactSaysHelloAsync(ContactA);
        await ExecuteAsync("handoff.send", new JsonObject { ["requestKey"] = "k-once", ["question"] = "Mag ik Copilot gebruiken?", ["redact"] = false });
        await DeliveredAsync(1);

        await RestartAsync();
        await FlushOutboxAsync();

        Assert.Single(Connector.Requests);
        Assert.Equal(OutboxState.Sent, (await OutboxRowAsync()).State);
    }

    private async Task<OutboxMessage> OutboxRowAsync()
    {
        await using var db = await Bot.Services.GetRequiredService<IDbContextFactory<TeamsCompanionDbContext>>().CreateDbContextAsync();
        return await db.Outbox.AsNoTracking().SingleAsync(m => m.Kind == "ticket.contact");
    }

    private async Task MakeDueAsync()
    {
        await using var db = await Bot.Services.GetRequiredService<IDbContextFactory<TeamsCompanionDbContext>>().CreateDbContextAsync();
        var row = await db.Outbox.SingleAsync(m => m.Kind == "ticket.contact");
        row.NextAttemptAt = DateTimeOffset.UtcNow.AddSeconds(-1);
        await db.SaveChangesAsync();
    }
}
