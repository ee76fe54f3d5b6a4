using Microsoft.EntityFrameworkCore;
using TeamsCompanion.Bot.Storage;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Bot.Tests.Storage;

public sealed class SqliteMigrationTests(SqliteTestDatabase database) : MigrationTests<SqliteTestDatabase>(database);

public sealed class PostgreSqlMigrationTests(PostgreSqlTestDatabase database) : MigrationTests<PostgreSqlTestDatabase>(database)
{
    [Fact]
    public async Task AMissingDatabaseIsCreatedByTheFirstInstance()
    {
        var server = await PostgresServer.SharedAsync();
        var name = $"tc_missing_{Guid.NewGuid():N}";
        var settings = new Dictionary<string, string?>
        {
            [TeamsCompanionDatabase.ProviderSetting] = "PostgreSQL",
            [TeamsCompanionDatabase.ConnectionStringSetting] = server.ConnectionString(name),
        };
        try
        {
            var instances = new[] { StorageHost.Create(settings), StorageHost.Create(settings) };

            await Task.WhenAll(instances.Select(i => Task.Run(i.MigrateAsync)));

            await using (var db = await instances[0].Contexts.CreateDbContextAsync())
            {
                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            }

            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
        finally
        {
            await server.DropDatabaseAsync(name);
        }
    }
}

public abstract class MigrationTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    // Databases made before PostgreSQL support know these ids; they must not change.
    private static readonly string[] SqliteHistory = ["20261129093645_InitialCreate", "20261129101411_DailyCounts", "20261129120209_Handoff", "20261129124556_PolicyVersions", "20261129144404_OutboxSendingSince", "20261129152106_MemberInstalls"];

    [Fact]
    public async Task AnEmptyDatabaseIsMigratedEvenWhenInstancesStartTogether()
    {
        // Several instances share a PostgreSQL database; SQLite is one instance.
        var instances = new List<StorageHost>();
        for (var i = 0; i < (database.Provider == DatabaseProvider.PostgreSql ? 3 : 1); i++)
        {
            instances.Add(StorageHost.Create(database));
        }

        await Task.WhenAll(instances.Select(i => Task.Run(i.MigrateAsync)));

        // A restart finds nothing to do.
        await instances[0].MigrateAsync();

        await using var db = await instances[0].Contexts.CreateDbContextAsync();
        var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
        Assert.Equal(db.Database.GetMigrations(), applied);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            Assert.IsType<SqliteTeamsCompanionDbContext>(db);
            Assert.Equal(SqliteHistory, applied);
        }
        else
        {
            Assert.IsType<PostgreSqlTeamsCompanionDbContext>(db);
        }

        // Every table of the model is there and usable.
        Assert.Equal(0, await db.Tickets.CountAsync());
        Assert.Equal(0, await db.TicketMessages.CountAsync());
        Assert.Equal(0, await db.TicketCards.CountAsync());
        Assert.Equal(0, await db.Outbox.CountAsync());
        Assert.Equal(0, await db.Conversations.CountAsync());
        Assert.Equal(0, await db.UserPreferences.CountAsync());
        Assert.Equal(0, await db.DailyCounts.CountAsync());
        Assert.Equal(0, await db.MemberInstallRuns.CountAsync());
        Assert.Equal(0, await db.MemberInstalls.CountAsync());

        foreach (var instance in instances)
        {
            await instance.DisposeAsync();
        }
    }
}
