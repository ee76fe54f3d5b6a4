using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TeamsCompanion.Bot.Storage;

namespace TeamsCompanion.Bot.Tests;

public sealed class UsageCountersTests : IAsyncLifetime
{
    private readonly BotFactory bot = new();
    private UsageCounters counters = null!;

    public Task InitializeAsync()
    {
        counters = bot.Services.GetRequiredService<UsageCounters>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task CountsFromManyRequestsAddUpInOneFlush()
    {
        await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => counters.Add(new Dictionary<string, long> { ["checks"] = 1, ["findings.bsn"] = 2 }))));

        await counters.FlushAsync(default);
        await counters.FlushAsync(default);

        Assert.Equal(200, await StoredAsync("checks"));
        Assert.Equal(400, await StoredAsync("findings.bsn"));
    }

    [Fact]
    public async Task NoCountIsLostWhenRequestsAddWhileAFlushRuns()
    {
        using var stop = new CancellationTokenSource();
        var flushing = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await counters.FlushAsync(default);
            }
        });

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 2500; i++)
            {
                counters.Add(new Dictionary<string, long> { ["checks"] = 1 });
            }
        })));
        await stop.CancelAsync();
        await flushing;
        await counters.FlushAsync(default);

        Assert.Equal(10_000, await StoredAsync("checks"));
    }

    [Fact]
    public async Task ACancelledFlushKeepsItsCounts()
    {
        counters.Add(new Dictionary<string, long> { ["checks"] = 5 });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => counters.FlushAsync(new CancellationToken(canceled: true)));
        await counters.FlushAsync(default);

        Assert.Equal(5, await StoredAsync("checks"));
    }

    [Fact]
    public async Task CountsSurviveAFailedFlushAndArriveWithTheNext()
    {
        counters.Add(new Dictionary<string, long> { ["checks"] = 3 });
        await using (var db = await Contexts().CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"DailyCounts\" RENAME TO \"DailyCountsAway\"");
        }

        await counters.FlushAsync(default);
        await using (var db = await Contexts().CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"DailyCountsAway\" RENAME TO \"DailyCounts\"");
        }

        counters.Add(new Dictionary<string, long> { ["checks"] = 1 });
        await counters.FlushAsync(default);

        Assert.Equal(4, await StoredAsync("checks"));
    }

    private IDbContextFactory<TeamsCompanionDbContext> Contexts() => bot.Services.GetRequiredService<IDbContextFactory<TeamsCompanionDbContext>>();

    private async Task<long> StoredAsync(string metric)
    {
        await using var db = await Contexts().CreateDbContextAsync();
        return await db.DailyCounts.Where(c => c.Metric == metric).SumAsync(c => c.Count);
    }
}
