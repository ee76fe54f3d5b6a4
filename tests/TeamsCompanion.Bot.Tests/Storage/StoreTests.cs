using Microsoft.EntityFrameworkCore;
using TeamsCompanion.Bot.Storage;
using TeamsCompanion.Guidance.Packs;
using TeamsCompanion.Protocol.Activities;

namespace TeamsCompanion.Bot.Tests.Storage;

public sealed class SqliteStoreTests(SqliteTestDatabase database) : StoreTests<SqliteTestDatabase>(database);

public sealed class PostgreSqlStoreTests(PostgreSqlTestDatabase database) : StoreTests<PostgreSqlTestDatabase>(database);

/// <summary>The stores' hand-written SQL, on each provider. Tests share the class's database, so each uses its own keys.</summary>
public abstract class StoreTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>, IAsyncLifetime
    where TDatabase : TestDatabase
{
    private StorageHost host = null!;

    public async Task InitializeAsync() => host = await StorageHost.StartAsync(database);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task OfManySimultaneousSavesOfAConversationExactlyOneIsNew()
    {
        var store = host.Get<ConversationStore>();
        var reference = Reference("a:race", "https://smba.trafficmanager.net/emea/", "aad-race");

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.SaveAsync(reference, default))));

        Assert.Single(results, isNew => isNew);
    }

    [Fact]
    public async Task ASavedConversationIsUpdatedAndFoundAgain()
    {
        var store = host.Get<ConversationStore>();
        Assert.True(await store.SaveAsync(Reference("a:update", "https://smba.trafficmanager.net/emea/", "aad-update"), default));

        Assert.False(await store.SaveAsync(Reference("a:update", "https://smba.trafficmanager.net/amer/", "aad-update") with { UserAadObjectId = null }, default));

        var stored = await store.FindAsync("a:update", default);
        Assert.Equal("https://smba.trafficmanager.net/amer/", stored!.ServiceUrl);
        Assert.Equal("aad-update", stored.UserAadObjectId);
        Assert.Equal("a:update", (await store.FindPersonalAsync("aad-update", default))?.ConversationId);
    }

    [Fact]
    public async Task SimultaneousLanguageChoicesDoNotFailEachOther()
    {
        var store = host.Get<PreferenceStore>();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => store.SetLanguageAsync("user-lang", i % 2 == 0 ? Language.En : Language.Nl, default))));
        await store.SetLanguageAsync("user-lang", Language.En, default);

        await using var db = await host.Contexts.CreateDbContextAsync();
        Assert.Equal("en", (await db.UserPreferences.SingleAsync(p => p.UserKey == "user-lang")).Language);
    }

    [Fact]
    public async Task CountsFromTwoInstancesAddUp()
    {
        await using var other = await StorageHost.StartAsync(database);
        var counters = new[] { host.Get<UsageCounters>(), other.Get<UsageCounters>() };
        foreach (var counter in counters)
        {
            counter.Add(new Dictionary<string, long> { ["storage-test.checks"] = 3 });
        }

        await Task.WhenAll(counters.Select(c => Task.Run(() => c.FlushAsync(default))));

        var top = await counters[0].TopAsync("storage-test.", 5, default);
        Assert.Equal([("storage-test.checks", 6L)], top);
    }

    private static ConversationReference Reference(string conversationId, string serviceUrl, string user) =>
        new(serviceUrl, "msteams", conversationId, "personal", "tenant", "29:" + user, user, "28:bot");
}
