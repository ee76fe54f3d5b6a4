using Microsoft.Extensions.DependencyInjection;
using TeamsCompanion.Bot.Reminders;
using TeamsCompanion.Bot.Tests.Storage;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Bot.Tests.Reminders;

/// <summary>The database goes away in the middle of a broadcast, on the real PostgreSQL server.</summary>
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private const int Users = 40;
    private readonly PostgreSqlTestDatabase database = new();
    private FakeConnector connector = null!;
    private BotFactory bot = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        connector = await FakeConnector.StartAsync();
        var settings = database.Settings();
        settings["Outbox:PollInterval"] = "00:00:00.100";
        settings["Reminders:MaxRequestsPerSecond"] = "10";
        settings["Reminders:VersionCheckInterval"] = "01:00:00";
        bot = new BotFactory(settings);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await connector.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task TheSenderPausesDuringADatabaseOutageAndResumesWithEveryoneReachedExactlyOnce()
    {
        var users = Enumerable.Range(1, Users).Select(i => $"user-{i:00}").ToArray();
        await PublishAndAcknowledgeTests.SayHelloAsync(bot, connector, users);
        var published = await bot.Services.GetRequiredService<PolicyPublisher>().PublishAsync(PublishAndAcknowledgeTests.WithNewRule(), "x", "cio", informational: false, CancellationToken.None);
        Assert.Equal(Users, published.Recipients);

        await connector.WaitForAsync(5);
        await database.CutOffAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        var beforeRestore = connector.Requests.Count;
        await database.RestoreAsync();

        await connector.WaitForAsync(Users, TimeSpan.FromSeconds(90));
        Assert.True(beforeRestore < Users, $"the outage came too late to matter ({beforeRestore} sent before the database was back)");
        var status = bot.Services.GetRequiredService<PolicyStatus>();
        for (var waited = 0; (await status.ForAsync(published.Version.Id, CancellationToken.None))!.Sent < Users && waited < 100; waited++)
        {
            await Task.Delay(100);
        }

        // Nothing more arrives: every user has exactly one announcement.
        await Task.Delay(TimeSpan.FromSeconds(1));
        var perConversation = connector.Requests.GroupBy(r => r.Path.Split('/')[3]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(users.Select(u => $"a:{u}").Order(), perConversation.Keys.Order());
        Assert.All(perConversation.Values, count => Assert.Equal(1, count));
        var after = (await status.ForAsync(published.Version.Id, CancellationToken.None))!;
        Assert.Equal((Users, Users, 0, 0, 0), (after.Recipients, after.Sent, after.Pending, after.Failed, after.InDoubt));
        Assert.Contains(bot.Logs.GetSnapshot(), log => log.Message.StartsWith("Outbox paused", StringComparison.Ordinal));
    }
}
