using TeamsCompanion.Testing;

namespace TeamsCompanion.Bot.Tests;

/// <summary>A fresh bot (own SQLite file) and a fresh fake connector for every test.</summary>
public abstract class BotWithConnector : IAsyncLifetime
{
    protected FakeConnector Connector { get; private set; } = null!;

    protected BotFactory Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        Bot = CreateBot();
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
    }

    protected virtual BotFactory CreateBot() => new();
}
