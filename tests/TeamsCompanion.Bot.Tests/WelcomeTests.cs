using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TeamsCompanion.Bot.Storage;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Bot.Tests;

public sealed class WelcomeTests : BotWithConnector
{
    [Fact]
    public async Task InstallingGreetsOnceAlthoughTeamsSendsTwoActivities()
    {
        await Bot.PostActivityAsync(Activities.InstallationAdd(Connector.ServiceUrl));
        await Bot.PostActivityAsync(Activities.BotAdded(Connector.ServiceUrl));
        await Bot.PostActivityAsync(Activities.InstallationAdd(Connector.ServiceUrl, action: "add-upgrade"));

        var welcome = Assert.Single(await Connector.WaitForAsync(1));
        var text = welcome.CardText();
        Assert.Contains("Welkom bij TeamsCompanion", text, StringComparison.Ordinal);
        Assert.Contains("geautomatiseerde assistent", text, StringComparison.Ordinal);
        Assert.Contains("Wat ik bewaar", text, StringComparison.Ordinal);
        Assert.Single(Connector.Requests);
    }

    [Fact]
    public async Task InstallingStoresTheConversationReferenceAndRemovingForgetsIt()
    {
        await Bot.PostActivityAsync(Activities.InstallationAdd(Connector.ServiceUrl));

        var stored = await FindAsync("a:personal-1");
        Assert.NotNull(stored);
        Assert.Equal(Connector.ServiceUrl, stored.ServiceUrl);
        Assert.Equal(Activities.TenantId, stored.TenantId);
        Assert.Equal("aad-user-1", stored.UserAadObjectId);
        Assert.Equal(Activities.BotId, stored.BotId);

        await Bot.PostActivityAsync(Activities.InstallationAdd(Connector.ServiceUrl, action: "remove"));

        Assert.Null(await FindAsync("a:personal-1"));
    }

    [Fact]
    public async Task AMessageFromANewConversationAlsoStoresItsReference()
    {
        await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "help", conversationId: "a:personal-2", userAad: "aad-user-2"));

        Assert.Equal("aad-user-2", (await FindAsync("a:personal-2"))?.UserAadObjectId);
    }

    private async Task<ConversationRecord?> FindAsync(string conversationId)
    {
        await using var db = await Bot.Services.GetRequiredService<IDbContextFactory<TeamsCompanionDbContext>>().CreateDbContextAsync();
        return await db.Conversations.SingleOrDefaultAsync(c => c.ConversationId == conversationId);
    }
}
