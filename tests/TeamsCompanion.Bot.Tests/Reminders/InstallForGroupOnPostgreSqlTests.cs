using TeamsCompanion.Bot.Tests.Storage;

namespace TeamsCompanion.Bot.Tests.Reminders;

/// <summary>Reaching a whole group on the test PostgreSQL server; a fresh database per test.</summary>
public sealed class InstallForGroupOnPostgreSqlTests : InstallForGroupTests
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
