using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TeamsCompanion.Bot.Storage;
using TeamsCompanion.Protocol.Connector;

namespace TeamsCompanion.Bot.Outbox;

/// <summary>
/// The one place that sends proactive messages: claims due outbox rows with a lease, sends each,
/// and records the outcome. A database outage pauses it; nothing is lost, and rows another
/// instance claimed come back when its lease ends.
/// </summary>
public sealed partial class OutboxSender(
    IDbContextFactory<TeamsCompanionDbContext> contexts,
    IEnumerable<IOutboxDelivery> deliveries,
    IConnectorClient connector,
    OutboxPacer pacer,
    OutboxSignal signal,
    TimeProvider time,
    IOptions<OutboxOptions> options,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private static readonly TimeSpan OutagePause = TimeSpan.FromSeconds(5);

    /// <summary>An instance that claimed or took a row this recently counts as sending.</summary>
    private static readonly TimeSpan ActiveWindow = TimeSpan.FromSeconds(15);
    private readonly string owner = $"{Environment.ProcessId}:{Guid.NewGuid():N}";
    private readonly Dictionary<string, IOutboxDelivery> byKind = deliveries.ToDictionary(d => d.Kind, StringComparer.Ordinal);
    private readonly SemaphoreSlim oneRunAtATime = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunOnceAsync(stoppingToken) == 0)
                {
                    await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                LogPaused(logger, e.GetType().Name);
                await Task.Delay(OutagePause, stoppingToken);
            }
        }
    }

    /// <summary>Sends what is due now; the number of messages handled. Tests call it to step the sender.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await oneRunAtATime.WaitAsync(cancellationToken);
        try
        {
            var claimed = await ClaimAsync(cancellationToken);

            // Several in flight, so a slow connector does not set the pace; the pacer does.
            await Parallel.ForEachAsync(
                claimed,
                new ParallelOptions { MaxDegreeOfParallelism = options.Value.Parallelism, CancellationToken = cancellationToken },
                async (id, token) => await ProcessAsync(id, token));

            return claimed.Count;
        }
        finally
        {
            oneRunAtATime.Release();
        }
    }

    /// <summary>Takes up to a batch of due rows for this instance; internal so tests can race two senders.</summary>
    internal async Task<List<long>> ClaimAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var lease = now + options.Value.Lease;

        // One statement, so two instances never claim the same row; an expired lease is free again.
        await db.Database.ExecuteSqlRawAsync(
            db.Database.IsNpgsql() ? PostgreSqlClaim : SqliteClaim,
            [lease.UtcTicks, owner, now.UtcTicks, options.Value.BatchSize],
            cancellationToken);
        var claimed = await db.Outbox.AsNoTracking()
            .Where(m => m.LeaseOwner == owner && m.LeaseUntil == lease && m.State == OutboxState.Pending)
            .OrderBy(m => m.Id).Select(m => m.Id).ToListAsync(cancellationToken);

        // Teams' limit is per app: the instances sending now share the pace. An instance renews the
        // lease of each row right before sending it, so one that took a row in the last seconds is
        // sending; one that died stops counting soon after, although its rows stay leased.
        if (claimed.Count > 0)
        {
            var recently = lease - TimeSpan.FromSeconds(Math.Min(ActiveWindow.TotalSeconds, options.Value.Lease.TotalSeconds));
            var sending = await db.Outbox.AsNoTracking()
                .Where(m => m.State == OutboxState.Pending && m.LeaseOwner != null && m.LeaseUntil > recently)
                .Select(m => m.LeaseOwner).Distinct().CountAsync(cancellationToken);
            pacer.ShareWith(sending);
        }

        return claimed;
    }

    // SQLite runs one writer at a time, so the subquery and the update cannot interleave with another claim.
    private const string SqliteClaim = """
        UPDATE "Outbox" SET "LeaseUntil" = {0}, "LeaseOwner" = {1}
        WHERE "Id" IN (
            SELECT "Id" FROM "Outbox"
            WHERE "State" = 'Pending' AND "NextAttemptAt" <= {2} AND ("LeaseUntil" IS NULL OR "LeaseUntil" < {2})
            ORDER BY "Id" LIMIT {3})
        """;

    // PostgreSQL runs claims side by side: without the row locks two instances could pick the same
    // rows from the same snapshot, and SKIP LOCKED lets the second take the next rows instead of waiting.
    private const string PostgreSqlClaim = """
        UPDATE "Outbox" SET "LeaseUntil" = {0}, "LeaseOwner" = {1}
        WHERE "Id" IN (
            SELECT "Id" FROM "Outbox"
            WHERE "State" = 'Pending' AND "NextAttemptAt" <= {2} AND ("LeaseUntil" IS NULL OR "LeaseUntil" < {2})
            ORDER BY "Id" LIMIT {3}
            FOR UPDATE SKIP LOCKED)
        """;

    private async Task ProcessAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Take the row right before sending, with a fresh lease: if this instance stalled and another
        // claimed the row meanwhile, the owner changed and this instance leaves it alone.
        var taken = await db.Outbox
            .Where(m => m.Id == id && m.LeaseOwner == owner && m.State == OutboxState.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.LeaseUntil, time.GetUtcNow() + options.Value.Lease), cancellationToken);
        if (taken == 0)
        {
            return;
        }

        var message = await db.Outbox.SingleAsync(m => m.Id == id, cancellationToken);

        message.Attempts++;
        message.LeaseUntil = null;
        message.LeaseOwner = null;
        if (!byKind.TryGetValue(message.Kind, out var delivery))
        {
            Finish(message, OutboxState.DeadLetter, $"no delivery for kind {message.Kind}");
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        try
        {
            var outbound = await delivery.PrepareAsync(message, cancellationToken);
            if (outbound is null)
            {
                Finish(message, OutboxState.Skipped, null);
            }
            else
            {
                var delivered = await SendAsync(outbound, cancellationToken);
                Finish(message, OutboxState.Sent, null);
                message.ActivityId = delivered.ActivityId;
                await delivery.OnDeliveredAsync(db, message, delivered, CancellationToken.None);
            }
        }
        catch (RecipientUnreachableException e)
        {
            await UndeliverableAsync(db, delivery, message, e.Message, cancellationToken);
        }
        catch (ConnectorException e) when (e.IsUndeliverable)
        {
            await UndeliverableAsync(db, delivery, message, $"{(int)e.StatusCode} {e.ErrorCode}".Trim(), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Retry(message, e);
        }

        // Once a message went out its outcome must be recorded, also when the app is stopping:
        // otherwise another round would send it again.
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private async Task<Delivered> SendAsync(OutboundMessage outbound, CancellationToken cancellationToken)
    {
        await pacer.WaitAsync(cancellationToken);
        if (outbound.NewConversation is { } parameters)
        {
            var created = await connector.CreateConversationAsync(outbound.ServiceUrl, parameters, cancellationToken);
            var conversationId = created.Id ?? throw new ConnectorException("The connector created a conversation without an id.");
            return new Delivered(created.ServiceUrl ?? outbound.ServiceUrl, conversationId, created.ActivityId);
        }

        var target = outbound.ConversationId ?? throw new InvalidOperationException("An outbound message needs a conversation or a new conversation.");
        if (outbound.UpdateActivityId is { } activityId)
        {
            await connector.UpdateActivityAsync(outbound.ServiceUrl, target, activityId, outbound.Activity, cancellationToken);
            return new Delivered(outbound.ServiceUrl, target, activityId);
        }

        var sent = await connector.SendToConversationAsync(outbound.ServiceUrl, target, outbound.Activity, cancellationToken);
        return new Delivered(outbound.ServiceUrl, target, sent.Id);
    }

    private async Task UndeliverableAsync(TeamsCompanionDbContext db, IOutboxDelivery delivery, OutboxMessage message, string reason, CancellationToken cancellationToken)
    {
        Finish(message, OutboxState.Undeliverable, reason);
        LogUndeliverable(logger, message.Id, message.Kind, reason);
        await delivery.OnUndeliverableAsync(db, message, reason, CancellationToken.None);
    }

    private void Retry(OutboxMessage message, Exception e)
    {
        var reason = e is ConnectorException connectorError ? $"{(int)connectorError.StatusCode} {connectorError.ErrorCode}".Trim() : e.GetType().Name;
        message.LastError = reason;
        if (message.Attempts >= options.Value.MaxAttempts)
        {
            Finish(message, OutboxState.DeadLetter, reason);
            LogDeadLetter(logger, message.Id, message.Kind, message.Attempts, reason);
            return;
        }

        // 10 s, 20 s, 40 s … up to 15 minutes, with jitter so retries of many messages spread out.
        var backoff = TimeSpan.FromSeconds(Math.Min(900, 10 * Math.Pow(2, message.Attempts - 1)));
        var retryAfter = e is ConnectorException { RetryAfter: { } hint } && hint > backoff ? hint : backoff;
        message.NextAttemptAt = time.GetUtcNow() + retryAfter * (0.8 + (Random.Shared.NextDouble() * 0.4));
        LogRetry(logger, message.Id, message.Kind, message.Attempts, reason);
    }

    private void Finish(OutboxMessage message, OutboxState state, string? error)
    {
        message.State = state;
        message.CompletedAt = time.GetUtcNow();
        message.LastError = error ?? message.LastError;
    }

    public override void Dispose()
    {
        oneRunAtATime.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox paused: the database is not available ({Error}); retrying in 5 seconds")]
    private static partial void LogPaused(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Id} ({Kind}) cannot be delivered: {Reason}")]
    private static partial void LogUndeliverable(ILogger logger, long id, string kind, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {Id} ({Kind}) failed attempt {Attempt} ({Reason}); will retry")]
    private static partial void LogRetry(ILogger logger, long id, string kind, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {Id} ({Kind}) dead-lettered after {Attempts} attempts ({Reason})")]
    private static partial void LogDeadLetter(ILogger logger, long id, string kind, int attempts, string reason);
}
