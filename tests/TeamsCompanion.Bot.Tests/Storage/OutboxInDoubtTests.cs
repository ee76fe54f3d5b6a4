using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeamsCompanion.Bot.Outbox;
using TeamsCompanion.Bot.Storage;
using TeamsCompanion.Protocol.Activities;
using TeamsCompanion.Protocol.Connector;

namespace TeamsCompanion.Bot.Tests.Storage;

public sealed class SqliteOutboxInDoubtTests(SqliteTestDatabase database) : OutboxInDoubtTests<SqliteTestDatabase>(database);

public sealed class PostgreSqlOutboxInDoubtTests(PostgreSqlTestDatabase database) : OutboxInDoubtTests<PostgreSqlTestDatabase>(database);

/// <summary>
/// Teams has no idempotency key: a send cut off by a crash may or may not have arrived. The sender
/// marks each send before asking Teams, so the next instance knows, and each kind decides.
/// </summary>
public abstract class OutboxInDoubtTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [Fact]
    public async Task ASendIsMarkedWhileTeamsIsAskedAndTheMarkIsClearedWithTheOutcome()
    {
        await using var host = await StorageHost.StartAsync(database);
        var ids = await FillAsync(host, ("once", null));
        var connector = new RecordingConnector(host);

        await Sender(host, connector).RunOnceAsync(CancellationToken.None);

        var (conversation, markSeen) = Assert.Single(connector.Sends);
        Assert.Equal($"conversation-{ids[0]}", conversation);
        Assert.NotNull(markSeen);
        var row = await RowAsync(host, ids[0]);
        Assert.Equal((OutboxState.Sent, null, null), (row.State, row.SendingSince, row.LeaseOwner));
    }

    [Fact]
    public async Task ARowCutOffMidSendIsHeldOrSentAgainAsItsKindSays()
    {
        await using var host = await StorageHost.StartAsync(database);
        var cutOff = DateTimeOffset.UtcNow.AddMinutes(-2);
        var ids = await FillAsync(host, ("once", cutOff), ("again", cutOff), ("once", null));
        var connector = new RecordingConnector(host);

        await Sender(host, connector).RunOnceAsync(CancellationToken.None);

        // The held one is not sent; the one whose kind prefers a duplicate to a gap is; an untouched one is sent normally.
        Assert.Equal([$"conversation-{ids[1]}", $"conversation-{ids[2]}"], connector.Sends.Select(s => s.Conversation).Order());
        var held = await RowAsync(host, ids[0]);
        Assert.Equal(OutboxState.InDoubt, held.State);
        Assert.Null(held.SendingSince);
        Assert.StartsWith("in doubt", held.LastError, StringComparison.Ordinal);
        Assert.Equal(OutboxState.Sent, (await RowAsync(host, ids[1])).State);
        Assert.Equal(OutboxState.Sent, (await RowAsync(host, ids[2])).State);
    }

    [Fact]
    public async Task ARowMarkedByALiveInstanceIsLeftAlone()
    {
        await using var host = await StorageHost.StartAsync(database);
        var ids = await FillAsync(host, ("once", DateTimeOffset.UtcNow));
        await using (var db = await host.Contexts.CreateDbContextAsync())
        {
            await db.Outbox.ExecuteUpdateAsync(u => u.SetProperty(m => m.LeaseOwner, "alive").SetProperty(m => m.LeaseUntil, DateTimeOffset.UtcNow.AddSeconds(20)));
        }

        var connector = new RecordingConnector(host);
        Assert.Equal(0, await Sender(host, connector).RunOnceAsync(CancellationToken.None));
        Assert.Empty(connector.Sends);
        Assert.Equal(OutboxState.Pending, (await RowAsync(host, ids[0])).State);
    }

    private static OutboxSender Sender(StorageHost host, RecordingConnector connector) => new(
        host.Contexts,
        [new TestDelivery("once", resend: false), new TestDelivery("again", resend: true)],
        connector,
        StorageHost.Pacer(),
        new OutboxSignal(),
        TimeProvider.System,
        Options.Create(new OutboxOptions { BatchSize = 10, Lease = TimeSpan.FromSeconds(30) }),
        NullLogger<OutboxSender>.Instance);

    /// <summary>Replaces the outbox with due rows; a time means a send began then and was cut off (its lease long gone).</summary>
    private static async Task<List<long>> FillAsync(StorageHost host, params (string Kind, DateTimeOffset? SendingSince)[] rows)
    {
        await using var db = await host.Contexts.CreateDbContextAsync();
        await db.Outbox.ExecuteDeleteAsync();
        var messages = rows.Select((row, i) => new OutboxMessage
        {
            Kind = row.Kind,
            SubjectId = i,
            Recipient = "someone",
            IdempotencyKey = $"in-doubt-test:{Guid.NewGuid():N}",
            State = OutboxState.Pending,
            NextAttemptAt = DateTimeOffset.UtcNow.AddMinutes(-5),
            CreatedAt = DateTimeOffset.UtcNow.AddMinutes(-5),
            SendingSince = row.SendingSince,
            LeaseOwner = row.SendingSince is null ? null : "killed",
            LeaseUntil = row.SendingSince?.AddSeconds(30),
        }).ToList();
        db.Outbox.AddRange(messages);
        await db.SaveChangesAsync();
        return messages.Select(m => m.Id).ToList();
    }

    private static async Task<OutboxMessage> RowAsync(StorageHost host, long id)
    {
        await using var db = await host.Contexts.CreateDbContextAsync();
        return await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    private sealed class TestDelivery(string kind, bool resend) : IOutboxDelivery
    {
        public string Kind => kind;

        public bool ResendWhenInDoubt => resend;

        public Task<OutboundMessage?> PrepareAsync(OutboxMessage message, CancellationToken cancellationToken) =>
            Task.FromResult<OutboundMessage?>(new OutboundMessage("https://smba.example/", new Activity { Type = "message", Text = "x" }, $"conversation-{message.Id}"));

        public Task OnDeliveredAsync(TeamsCompanionDbContext db, OutboxMessage message, Delivered delivered, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task OnUndeliverableAsync(TeamsCompanionDbContext db, OutboxMessage message, string reason, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>Records each send and what the database said about the row while Teams was being asked.</summary>
    private sealed class RecordingConnector(StorageHost host) : IConnectorClient
    {
        public ConcurrentQueue<(string Conversation, DateTimeOffset? MarkSeen)> Sends { get; } = new();

        public async Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
        {
            var id = long.Parse(conversationId["conversation-".Length..], System.Globalization.CultureInfo.InvariantCulture);
            await using var db = await host.Contexts.CreateDbContextAsync(cancellationToken);
            var mark = await db.Outbox.AsNoTracking().Where(m => m.Id == id).Select(m => m.SendingSince).SingleAsync(cancellationToken);
            Sends.Enqueue((conversationId, mark));
            return new ResourceResponse($"activity-{id}");
        }

        public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
