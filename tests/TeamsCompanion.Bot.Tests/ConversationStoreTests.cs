using Microsoft.Extensions.DependencyInjection;
using TeamsCompanion.Bot.Storage;
using TeamsCompanion.Protocol.Activities;

namespace TeamsCompanion.Bot.Tests;

public sealed class ConversationStoreTests : IAsyncLifetime
{
    private readonly BotFactory bot = new();
    private ConversationStore store = null!;

    public Task InitializeAsync()
    {
        store = bot.Services.GetRequiredService<ConversationStore>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task OfManySimultaneousSavesExactlyOneIsNew()
    {
        var reference = Reference("https://smba.trafficmanager.net/emea/");

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.SaveAsync(reference, default))));

        Assert.Single(results, isNew => isNew);
        Assert.DoesNotContain(bot.Logs.GetSnapshot(), r => r.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }

    [Fact]
    public async Task AChangedServiceUrlIsUpdatedAndTheUserKept()
    {
        await store.SaveAsync(Reference("https://smba.trafficmanager.net/emea/"), default);

        var isNew = await store.SaveAsync(Reference("https://smba.trafficmanager.net/amer/") with { UserAadObjectId = null }, default);

        var stored = await store.FindAsync("a:1", default);
        Assert.False(isNew);
        Assert.Equal("https://smba.trafficmanager.net/amer/", stored!.ServiceUrl);
        Assert.Equal("aad-1", stored.UserAadObjectId);
    }

    [Fact]
    public async Task InAGroupChatNoSingleUserIsStored()
    {
        await store.SaveAsync(Reference("https://smba.trafficmanager.net/emea/") with { ConversationType = "groupChat" }, default);

        var stored = await store.FindAsync("a:1", default);
        Assert.Null(stored!.UserAadObjectId);
        Assert.Null(stored.UserId);
    }

    private static ConversationReference Reference(string serviceUrl) =>
        new(serviceUrl, "msteams", "a:1", "personal", "tenant", "29:u", "aad-1", "28:bot");
}
