using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using TeamsCompanion.Bot.Outbox;

namespace TeamsCompanion.Bot.Tests.Storage;

public sealed class SqliteOutboxClaimTests(SqliteTestDatabase database) : OutboxClaimTests<SqliteTestDatabase>(database);

public sealed class PostgreSqlOutboxClaimTests(PostgreSqlTestDatabase database) : OutboxClaimTests<PostgreSqlTestDatabase>(database);

/// <summary>Several app instances share one outbox: each row goes to one sender at a time.</summary>
public abstract class OutboxClaimTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task SendersClaimingAtTheSameTimeNeverGetTheSameRow()
    {
        const int Rows = 60;
        var instances = new[] { await StorageHost.StartAsync(database), await StorageHost.StartAsync(database) };
        await FillOutboxAsync(instances[0], Rows, DateTimeOffset.UtcNow.AddSeconds(-1));

        // Two senders per instance, as two instances each with a sender would be, in small batches for many rounds.
        var senders = instances.SelectMany(i => new[] { i.Sender(5, Lease), i.Sender(5, Lease) }).ToList();
        using var start = new ManualResetEventSlim();
        var claiming = senders.Select(sender => Task.Run(async () =>
        {
            start.Wait();
            var mine = new List<long>();
            while (await sender.ClaimAsync(CancellationToken.None) is { Count: > 0 } batch)
            {
                mine.AddRange(batch);
            }

            return mine;
        })).ToList();
        start.Set();
        var claims = await Task.WhenAll(claiming);

        var all = claims.SelectMany(c => c).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(Rows, all.Count);
        foreach (var instance in instances)
        {
            await instance.DisposeAsync();
        }
    }

    [Fact]
    public async Task ARowWhoseLeaseExpiredIsClaimedByAnotherSender()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));
        await using var crashed = await StorageHost.StartAsync(database, time);
        await using var survivor = await StorageHost.StartAsync(database, time);
        await FillOutboxAsync(crashed, 3, time.GetUtcNow());

        var taken = await crashed.Sender(10, Lease).ClaimAsync(CancellationToken.None);
        var firstOwner = await OwnersAsync(crashed);
        var other = survivor.Sender(10, Lease);

        time.Advance(Lease - TimeSpan.FromSeconds(1));
        Assert.Empty(await other.ClaimAsync(CancellationToken.None));

        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(taken, await other.ClaimAsync(CancellationToken.None));
        Assert.Equal(3, taken.Count);
        var secondOwner = Assert.Single(await OwnersAsync(survivor));
        Assert.NotEqual(Assert.Single(firstOwner), secondOwner);
    }

    [Fact]
    public async Task InstancesSendingAtTheSameTimeShareTheAppsPace()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));
        await using var first = await StorageHost.StartAsync(database, time);
        await using var second = await StorageHost.StartAsync(database, time);
        await FillOutboxAsync(first, 20, time.GetUtcNow());
        var (firstPacer, secondPacer) = (StorageHost.Pacer(), StorageHost.Pacer());
        var (a, b) = (first.Sender(5, Lease, firstPacer), second.Sender(5, Lease, secondPacer));

        // Alone, an instance sends at the whole pace; Teams' 50 per second are for the app, so two
        // instances sending at once take half each instead of 80 per second together.
        Assert.Equal(5, (await a.ClaimAsync(CancellationToken.None)).Count);
        Assert.Equal(40, firstPacer.CurrentRate);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(5, (await b.ClaimAsync(CancellationToken.None)).Count);
        Assert.Equal(20, secondPacer.CurrentRate);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(5, (await a.ClaimAsync(CancellationToken.None)).Count);
        Assert.Equal(20, firstPacer.CurrentRate);

        // The first instance dies (kill -9): its rows stay leased for two minutes, but it stops
        // counting as sending soon, and the survivor takes the whole pace again.
        time.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(5, (await b.ClaimAsync(CancellationToken.None)).Count);
        Assert.Equal(40, secondPacer.CurrentRate);
    }

    /// <summary>Replaces the outbox with <paramref name="count"/> due rows.</summary>
    private static async Task FillOutboxAsync(StorageHost host, int count, DateTimeOffset due)
    {
        await using var db = await host.Contexts.CreateDbContextAsync();
        await db.Outbox.ExecuteDeleteAsync();
        db.Outbox.AddRange(Enumerable.Range(0, count).Select(i => new OutboxMessage
        {
            Kind = "test",
            SubjectId = i,
            Recipient = "nobody",
            IdempotencyKey = $"claim-test:{Guid.NewGuid():N}",
            State = OutboxState.Pending,
            NextAttemptAt = due,
            CreatedAt = due,
        }));
        await db.SaveChangesAsync();
    }

    private static async Task<List<string?>> OwnersAsync(StorageHost host)
    {
        await using var db = await host.Contexts.CreateDbContextAsync();
        return await db.Outbox.Select(m => m.LeaseOwner).Distinct().ToListAsync();
    }
}
