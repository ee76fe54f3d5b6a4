using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace TeamsCompanion.Bot.Storage;

/// <summary>Adds to the daily counts; a failure is logged and never stops the user's request.</summary>
public sealed partial class UsageCounters(IDbContextFactory<TeamsCompanionDbContext> contexts, TimeProvider time, ILogger<UsageCounters> logger)
{
    public async Task AddAsync(IReadOnlyDictionary<string, long> increments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(increments);
        var day = time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            foreach (var (metric, amount) in increments.Where(i => i.Value != 0))
            {
                // One statement per metric, atomic under concurrent requests.
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"""
                    INSERT INTO "DailyCounts" ("Day", "Metric", "Count") VALUES ({day}, {metric}, {amount})
                    ON CONFLICT ("Day", "Metric") DO UPDATE SET "Count" = "DailyCounts"."Count" + {amount}
                    """,
                    cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogCountFailed(logger, e);
        }
    }

    /// <summary>The metrics starting with <paramref name="prefix"/>, summed over all days, largest first.</summary>
    public async Task<IReadOnlyList<(string Metric, long Count)>> TopAsync(string prefix, int take, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var rows = await db.DailyCounts.AsNoTracking()
                .Where(c => c.Metric.StartsWith(prefix))
                .GroupBy(c => c.Metric)
                .Select(g => new { Metric = g.Key, Count = g.Sum(c => c.Count) })
                .OrderByDescending(r => r.Count)
                .Take(take)
                .ToListAsync(cancellationToken);
            return rows.Select(r => (r.Metric, r.Count)).ToList();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogCountFailed(logger, e);
            return [];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update or read the usage counts")]
    private static partial void LogCountFailed(ILogger logger, Exception exception);
}
