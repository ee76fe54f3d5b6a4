using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace TeamsCompanion.Bot.Storage;

/// <summary>
/// The daily counts. Requests add to memory; <see cref="UsageCountersFlusher"/> writes the sums to the
/// database every few seconds and at shutdown, so a busy minute costs a handful of writes, not one per
/// request. A crash can lose the last few seconds of counts, never a user's request.
/// </summary>
public sealed partial class UsageCounters(IDbContextFactory<TeamsCompanionDbContext> contexts, TimeProvider time, ILogger<UsageCounters> logger)
{
    // Adding and taking the batch share one lock: an increment lands either in the batch being
    // written or in the next one, never in a dictionary nobody reads again.
    private readonly Lock gate = new();
    private Dictionary<(string Day, string Metric), long> pending = [];

    public void Add(IReadOnlyDictionary<string, long> increments)
    {
        ArgumentNullException.ThrowIfNull(increments);
        var day = time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        lock (gate)
        {
            foreach (var (metric, amount) in increments.Where(i => i.Value != 0))
            {
                pending[(day, metric)] = pending.GetValueOrDefault((day, metric)) + amount;
            }
        }
    }

    /// <summary>Writes what has been added since the last flush; on any failure the counts are kept for the next try.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        Dictionary<(string Day, string Metric), long> batch;
        lock (gate)
        {
            if (pending.Count == 0)
            {
                return;
            }

            batch = pending;
            pending = [];
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var ((day, metric), amount) in batch)
            {
                // Atomic per metric, also with several app instances on one database.
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"""
                    INSERT INTO "DailyCounts" ("Day", "Metric", "Count") VALUES ({day}, {metric}, {amount})
                    ON CONFLICT ("Day", "Metric") DO UPDATE SET "Count" = "DailyCounts"."Count" + {amount}
                    """,
                    cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception e)
        {
            lock (gate)
            {
                foreach (var (key, amount) in batch)
                {
                    pending[key] = pending.GetValueOrDefault(key) + amount;
                }
            }

            if (e is OperationCanceledException)
            {
                throw;
            }

            LogCountFailed(logger, e);
        }
    }

    /// <summary>The metrics starting with <paramref name="prefix"/>, summed over all days (stored and pending), largest first.</summary>
    public async Task<IReadOnlyList<(string Metric, long Count)>> TopAsync(string prefix, int take, CancellationToken cancellationToken)
    {
        Dictionary<string, long> sums;
        lock (gate)
        {
            sums = pending
                .Where(p => p.Key.Metric.StartsWith(prefix, StringComparison.Ordinal))
                .GroupBy(p => p.Key.Metric)
                .ToDictionary(g => g.Key, g => g.Sum(p => p.Value));
        }
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var stored = await db.DailyCounts.AsNoTracking()
                .Where(c => c.Metric.StartsWith(prefix))
                .GroupBy(c => c.Metric)
                .Select(g => new { Metric = g.Key, Count = g.Sum(c => c.Count) })
                .ToListAsync(cancellationToken);
            foreach (var row in stored)
            {
                sums[row.Metric] = sums.GetValueOrDefault(row.Metric) + row.Count;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogCountFailed(logger, e);
        }

        return sums.OrderByDescending(s => s.Value).Take(take).Select(s => (s.Key, s.Value)).ToList();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write or read the usage counts; they are kept and tried again")]
    private static partial void LogCountFailed(ILogger logger, Exception exception);
}

/// <summary>Writes the pending counts every few seconds and once more when the app stops.</summary>
internal sealed class UsageCountersFlusher(UsageCounters counters, TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(Interval, time, stoppingToken);

                // A flush is short; letting it finish keeps its batch from being cut off by shutdown.
                await counters.FlushAsync(CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the final flush follows.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await counters.FlushAsync(CancellationToken.None);
    }
}
