using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TeamsCompanion.Bot.Storage;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Bot.Tests;

public sealed class WelcomeTests : IAsyncLifetime
{
    private FakeConnector connector = null!;
    private BotFactory bot = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        bot = new BotFactory();
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task InstallingGreetsOnceAlthoughTeamsSendsTwoActivities()
    {
        await bot.PostActivityAsync(Activities.InstallationAdd(connector.ServiceUrl));
        await bot.PostActivityAsync(Activities.BotAdded(connector.ServiceUrl));
        await bot.PostActivityAsync(Activities.InstallationAdd(connector.ServiceUrl, action: "add-upgrade"));

        var welcome = Assert.Single(await connector.WaitForAsync(1));
        var text = welcome.CardText();
        Assert.Contains("Welkom bij TeamsCompanion", text, StringComparison.Ordinal);
        Assert.Contains("geautomatiseerde assistent", text, StringComparison.Ordinal);
        Assert.Contains("Wat ik bewaar", text, StringComparison.Ordinal);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task InstallingStoresTheConversationReferenceAndRemovingForgetsIt()
    {
        await bot.PostActivityAsync(Activities.InstallationAdd(connector.ServiceUrl));

        var stored = await FindAsync("a:personal-1");
        Assert.NotNull(stored);
        Assert.Equal(connector.ServiceUrl, stored.ServiceUrl);
        Assert.Equal(Activities.TenantId, stored.TenantId);
        Assert.Equal("aad-user-1", stored.UserAadObjectId);
        Assert.Equal(Activities.BotId, stored.BotId);

        await bot.PostActivityAsync(Activities.InstallationAdd(connector.ServiceUrl, action: "remove"));

        Assert.Null(await FindAsync("a:personal-1"));
    }

    [Fact]
    public async Task AMessageFromANewConversationAlsoStoresItsReference()
    {
        await bot.PostActivityAsync(Activities.Message(connector.ServiceUrl, "help", conversationId: "a:personal-2", userAad: "aad-user-2"));

        Assert.Equal("aad-user-2", (await FindAsync("a:personal-2"))?.UserAadObjectId);
    }

    private async Task<ConversationRecord?> FindAsync(string conversationId)
    {
        await using var db = await bot.Services.GetRequiredService<IDbContextFactory<TeamsCompanionDbContext>>().CreateDbContextAsync();
        return await db.Conversations.SingleOrDefaultAsync(c => c.ConversationId == conversationId);
    }
}
