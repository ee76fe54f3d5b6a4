using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsCompanion.Bot.Handoff;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Bot.Tests.Handoff;

public sealed class RemindersAndEscalationTests : HandoffHarness
{
    // Friday 27 November 2026, 16:00 in Amsterdam (15:00 UTC): one working hour left that week.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 27, 15, 0, 0, TimeSpan.Zero));

    protected override BotFactory Start(Action<IServiceCollection>? services = null) =>
        new(Settings(ContactA), configureServices: s => s.AddSingleton<TimeProvider>(clock), databasePath: DatabasePath);

    [Fact]
    public async Task ContactIsRemindedAfterEightWorkingHoursAndTheFallbackGetsItAfterEightMore()
    {
        await ContactSaysHelloAsync(ContactA);
        await ContactSaysHelloAsync(Fallback);
        await ExecuteAsync("handoff.send", new JsonObject { ["requestKey"] = "k-remind", ["question"] = "Mag ik ChatGPT gebruiken?", ["redact"] = false });
        await DeliveredAsync(1);
        Connector.Clear();
        var maintenance = Bot.Services.GetRequiredService<TicketMaintenance>();

        // Monday 15:00: 1 + 6 working hours. The weekend does not count.
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero));
        await maintenance.RunOnceAsync(CancellationToken.None);
        await FlushOutboxAsync();
        Assert.Empty(Connector.Requests);

        // Monday 16:30: 8.5 working hours → one reminder in the contact's chat.
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 15, 30, 0, TimeSpan.Zero));
        await maintenance.RunOnceAsync(CancellationToken.None);
        await maintenance.RunOnceAsync(CancellationToken.None);
        var all = await DeliveredAsync(1);
        var reminder = Assert.Single(all);
        Assert.Equal($"/v3/conversations/{ConversationOf(ContactA)}/activities", reminder.Path);
        Assert.Contains("Herinnering: vraag 1", reminder.CardText(), StringComparison.Ordinal);
        Connector.Clear();

        // Tuesday 16:30: 16.5 working hours → the fallback gets the ticket card.
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 15, 30, 0, TimeSpan.Zero));
        await maintenance.RunOnceAsync(CancellationToken.None);
        var escalated = Assert.Single(await DeliveredAsync(1));
        Assert.Equal($"/v3/conversations/{ConversationOf(Fallback)}/activities", escalated.Path);
        Assert.Contains("Vraag 1", escalated.CardText(), StringComparison.Ordinal);
        await maintenance.RunOnceAsync(CancellationToken.None);
        await FlushOutboxAsync();
        Assert.Single(Connector.Requests);
    }

    [Fact]
    public async Task AfterTheRetentionPeriodTextsAndIdentitiesAreErasedAndCountsRemain()
    {
        await ContactSaysHelloAsync(ContactA);
        await ExecuteAsync("handoff.send", new JsonObject { ["requestKey"] = "k-old", ["question"] = "Oude vraag", ["redact"] = false });
        await DeliveredAsync(1);

        clock.Advance(TimeSpan.FromDays(181));
        await Bot.Services.GetRequiredService<TicketMaintenance>().RunOnceAsync(CancellationToken.None);

        var ticket = await Bot.Services.GetRequiredService<TicketService>().FindAsync(1, CancellationToken.None);
        Assert.NotNull(ticket);
        Assert.NotNull(ticket.ErasedAt);
        Assert.Null(ticket.RequesterAadObjectId);
        Assert.All(ticket.Messages, m => Assert.Null(m.Text));
        Assert.Equal(TicketKind.Question, ticket.Kind);
    }
}
