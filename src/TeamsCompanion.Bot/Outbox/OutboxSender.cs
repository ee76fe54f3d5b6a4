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
    private const string InDoubtReason = "in doubt: the app stopped while Teams was being asked to deliver it";
    private static readonly TimeSpan OutagePause = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(10);

    /// <summary>An instance that claimed or took a row this recently counts as sending.</summary>
    private static readonly TimeSpan ActiveWindow = TimeSpan.FromSeconds(15);
    private readonly string owner = $"{Environment.ProcessId}:{Guid.NewGuid():N}";
    private readonly Dictionary<string, IOutboxDelivery> byKind = deliveries.ToDictionary(d => d.Kind, StringComparer.Ordinal);
    private readonly SemaphoreSlim oneRunAtATime = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Task<List<long>>? next = null;
        var giveBack = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // After an outage this instance's claimed rows need not wait for their lease.
                if (giveBack && !await ReleaseAsync())
                {
                    throw new OutboxPausedException();
                }

                giveBack = false;
                var batch = await (next ?? ClaimAsync(stoppingToken));
                next = null;
                if (batch.Count == 0)
                {
                    await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
                    continue;
                }

                // The next batch is claimed while this one is half sent, so the pace has no gap
                // between batches (20,000 recipients are a hundred batches).
                next = await SendBatchAsync(batch, () => ClaimAsync(stoppingToken), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                await ReleaseAsync();
                return;
            }
            // EF also reports some broken connections as a bare InvalidOperationException; pausing
            // beats letting the sender die and take the host with it.
            catch (Exception e) when (IsDatabaseOutage(e) || e is InvalidOperationException or OutboxPausedException)
            {
                next = null;
                giveBack = true;
                LogPaused(logger, e.GetType().Name);
                await Task.Delay(OutagePause, stoppingToken);
            }
        }
    }

    /// <summary>Gives back the claimed rows not yet begun, so nobody need wait for their lease; false when the database is away.</summary>
    private async Task<bool> ReleaseAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await using var db = await contexts.CreateDbContextAsync(timeout.Token);
            await db.Outbox
                .Where(m => m.LeaseOwner == owner && m.State == OutboxState.Pending && m.SendingSince == null)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), timeout.Token);
            return true;
        }
        catch (Exception e) when (IsDatabaseOutage(e) || e is OperationCanceledException)
        {
            // The leases end by themselves.
            return false;
        }
    }

    /// <summary>The database is still away.</summary>
    private sealed class OutboxPausedException : Exception;

    /// <summary>Another instance claimed the row while this one waited for its slot.</summary>
    private sealed class LeaseLostException : Exception;

    /// <summary>Sends what is due now; the number of messages handled. Tests call it to step the sender.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var claimed = await ClaimAsync(cancellationToken);
        await SendBatchAsync(claimed, null, cancellationToken);
        return claimed.Count;
    }

    /// <summary>Sends a claimed batch; starts <paramref name="claimNext"/> once half of it is done and returns that claim.</summary>
    private async Task<Task<List<long>>?> SendBatchAsync(List<long> batch, Func<Task<List<long>>>? claimNext, CancellationToken cancellationToken)
    {
        Task<List<long>>? next = null;
        var done = 0;
        await oneRunAtATime.WaitAsync(cancellationToken);
        try
        {
            // Several in flight, so a slow connector does not set the pace; the pacer does.
            await Parallel.ForEachAsync(
                batch,
                new ParallelOptions { MaxDegreeOfParallelism = options.Value.Parallelism, CancellationToken = cancellationToken },
                async (id, token) =>
                {
                    await ProcessAsync(id, token, cancellationToken);
                    if (Interlocked.Increment(ref done) == (batch.Count + 1) / 2 && claimNext is not null)
                    {
                        Volatile.Write(ref next, claimNext());
                    }
                });
            return next;
        }
        catch
        {
            // A claim started here must not fail unobserved; its rows come back when their lease ends.
            next?.ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);
            throw;
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

        // No more than this instance can send in a third of the lease, so a slow pace (after 429s)
        // does not leave claimed rows waiting until their lease runs out.
        var batchSize = (int)Math.Clamp(pacer.CurrentRate * options.Value.Lease.TotalSeconds / 3, 1, options.Value.BatchSize);

        // One statement, so two instances never claim the same row; an expired lease is free again.
        await db.Database.ExecuteSqlRawAsync(
            db.Database.IsNpgsql() ? PostgreSqlClaim : SqliteClaim,
            [lease.UtcTicks, owner, now.UtcTicks, batchSize],
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

    /// <summary>
    /// <paramref name="cancellationToken"/> ends when the batch fails or the app stops;
    /// <paramref name="stoppingToken"/> only when the app stops: a send that began is seen through
    /// and recorded unless the app itself is going away.
    /// </summary>
    private async Task ProcessAsync(long id, CancellationToken cancellationToken, CancellationToken stoppingToken)
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
        var cutOff = message.SendingSince is not null;
        message.Attempts++;
        message.LeaseUntil = null;
        message.LeaseOwner = null;
        message.SendingSince = null;

        // The mark is written behind the tracked entity's back; make sure its clearing is saved.
        db.Entry(message).Property(m => m.SendingSince).IsModified = true;
        if (!byKind.TryGetValue(message.Kind, out var delivery))
        {
            Finish(message, OutboxState.DeadLetter, $"no delivery for kind {message.Kind}");
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        if (cutOff && !delivery.ResendWhenInDoubt)
        {
            Finish(message, OutboxState.InDoubt, InDoubtReason);
            LogHeldInDoubt(logger, message.Id, message.Kind);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        if (cutOff)
        {
            LogResendingInDoubt(logger, message.Id, message.Kind);
        }

        var sent = false;
        try
        {
            var outbound = await delivery.PrepareAsync(message, cancellationToken);
            if (outbound is null)
            {
                Finish(message, OutboxState.Skipped, null);
            }
            else
            {
                await pacer.WaitAsync(cancellationToken);
                await MarkSendingAsync(db, id, cancellationToken);

                // A stop lets a send that began finish for a while, rather than leave it in doubt.
                using var grace = new CancellationTokenSource();
                using var stopping = stoppingToken.Register(() => grace.CancelAfter(StopGrace));
                var delivered = await SendAsync(outbound, grace.Token);
                sent = true;
                Finish(message, OutboxState.Sent, null);
                message.ActivityId = delivered.ActivityId;
                await delivery.OnDeliveredAsync(db, message, delivered, CancellationToken.None);
            }
        }
        catch (LeaseLostException)
        {
            return;
        }
        catch (RecipientUnreachableException e)
        {
            await UndeliverableAsync(db, delivery, message, e.Message, cancellationToken);
        }
        catch (ConnectorException e) when (e.IsUndeliverable)
        {
            await UndeliverableAsync(db, delivery, message, $"{(int)e.StatusCode} {e.ErrorCode}".Trim(), cancellationToken);
        }
        catch (Exception e) when (!sent && IsDatabaseOutage(e))
        {
            // Nothing went out: the row keeps its lease and comes back when it ends.
            throw;
        }
        catch (Exception e) when (!sent && (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested))
        {
            Retry(message, e);
        }

        await SaveOutcomeAsync(db, message, sent, stoppingToken);
    }

    /// <summary>
    /// Once a message went out its outcome must be recorded, also when the app is stopping or the
    /// database is away for a while: otherwise it would count as in doubt, or be sent again.
    /// </summary>
    private async Task SaveOutcomeAsync(TeamsCompanionDbContext db, OutboxMessage message, bool sent, CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                await db.SaveChangesAsync(CancellationToken.None);
                return;
            }
            // Saving is database work only: a bare InvalidOperationException here is a broken connection too.
            catch (Exception e) when (sent && (IsDatabaseOutage(e) || e is InvalidOperationException) && !stoppingToken.IsCancellationRequested)
            {
                LogOutcomeWaiting(logger, message.Id, message.Kind, e.GetType().Name);
                await Task.Delay(OutagePause, stoppingToken);
            }
        }
    }

    /// <summary>
    /// Records that the connector is about to be asked, right before asking, so a crash in between
    /// leaves a trace; fails when the lease went to another instance while this one waited for its slot.
    /// </summary>
    private async Task MarkSendingAsync(TeamsCompanionDbContext db, long id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var marked = await db.Outbox
            .Where(m => m.Id == id && m.LeaseOwner == owner && m.State == OutboxState.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.SendingSince, now).SetProperty(m => m.LeaseUntil, now + options.Value.Lease), cancellationToken);
        if (marked == 0)
        {
            throw new LeaseLostException();
        }
    }

    private async Task<Delivered> SendAsync(OutboundMessage outbound, CancellationToken cancellationToken)
    {
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

    private static bool IsDatabaseOutage(Exception e) =>
        e is DbUpdateException and not DbUpdateConcurrencyException or System.Data.Common.DbException or InvalidOperationException { InnerException: System.Data.Common.DbException };

    public override void Dispose()
    {
        oneRunAtATime.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox paused: the database is not available ({Error}); retrying in 5 seconds")]
    private static partial void LogPaused(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Id} ({Kind}) was cut off mid-send by a stop; held as in doubt, not sent again")]
    private static partial void LogHeldInDoubt(ILogger logger, long id, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Id} ({Kind}) was cut off mid-send by a stop; sending it again")]
    private static partial void LogResendingInDoubt(ILogger logger, long id, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Id} ({Kind}) went out, but its outcome cannot be saved ({Error}); retrying in 5 seconds")]
    private static partial void LogOutcomeWaiting(ILogger logger, long id, string kind, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Id} ({Kind}) cannot be delivered: {Reason}")]
    private static partial void LogUndeliverable(ILogger logger, long id, string kind, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {Id} ({Kind}) failed attempt {Attempt} ({Reason}); will retry")]
    private static partial void LogRetry(ILogger logger, long id, string kind, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {Id} ({Kind}) dead-lettered after {Attempts} attempts ({Reason})")]
    private static partial void LogDeadLetter(ILogger logger, long id, string kind, int attempts, string reason);
}
