using TeamsCompanion.Bot.Storage;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Bot.Tests.Storage;

/// <summary>One test class's database, and the settings that point the app at it.</summary>
public abstract class TestDatabase : IAsyncLifetime
{
    public abstract DatabaseProvider Provider { get; }

    public string ConnectionString { get; protected set; } = string.Empty;

    public Dictionary<string, string?> Settings() => new()
    {
        [TeamsCompanionDatabase.ProviderSetting] = Provider == DatabaseProvider.PostgreSql ? "PostgreSQL" : "Sqlite",
        [TeamsCompanionDatabase.ConnectionStringSetting] = ConnectionString,
    };

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();
}

public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"tc-storage-{Guid.NewGuid():N}.db");

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override Task InitializeAsync()
    {
        ConnectionString = $"Data Source={path}";
        return Task.CompletedTask;
    }

    public override Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }

        return Task.CompletedTask;
    }
}

/// <summary>A fresh database on the test run's PostgreSQL server; fails the class when the server cannot start.</summary>
public sealed class PostgreSqlTestDatabase : TestDatabase
{
    private PostgresDatabase? database;

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public override async Task InitializeAsync()
    {
        var server = await PostgresServer.SharedAsync();
        database = await server.CreateDatabaseAsync();
        ConnectionString = database.ConnectionString;
    }

    /// <summary>Cuts every connection to this database and refuses new ones: an outage as the app sees it.</summary>
    public async Task CutOffAsync() => await (await PostgresServer.SharedAsync()).CutOffAsync(Name);

    public async Task RestoreAsync() => await (await PostgresServer.SharedAsync()).RestoreAsync(Name);

    private string Name => database?.Name ?? throw new InvalidOperationException("The database has not been created yet.");

    public override async Task DisposeAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
