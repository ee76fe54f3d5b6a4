using TeamsCompanion.Bot.Tests.Storage;

namespace TeamsCompanion.Bot.Tests.Handoff;

/// <summary>The hand-over, restarts included, on the test PostgreSQL server; a fresh database per test, as the tests count tickets from 1.</summary>
public sealed class AskAPersonOnPostgreSqlTests : AskAPersonTests
{
    private readonly PostgreSqlTestDatabase database = new();

    public override async Task InitializeAsync()
    {
        await database.InitializeAsync();
        DatabaseSettings = database.Settings();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }
}
