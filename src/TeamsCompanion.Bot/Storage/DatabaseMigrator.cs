using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace TeamsCompanion.Bot.Storage;

/// <summary>Creates and migrates the database before the app takes requests.</summary>
public sealed partial class DatabaseMigrator(
    IDbContextFactory<TeamsCompanionDbContext> contexts,
    IOptions<StorageOptions> options,
    IConfiguration configuration,
    ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStart)
        {
            return;
        }

        var connectionString = StorageExtensions.ConnectionString(configuration);
        StorageExtensions.EnsureSqliteFolder(connectionString);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            await db.Database.MigrateAsync(cancellationToken);

            await db.Database.ExecuteSqlRawAsync(
                options.Value.SqliteWal ? "PRAGMA journal_mode=WAL;" : "PRAGMA journal_mode=DELETE;", cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogMigrationFailed(logger, e, new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource);
            throw new InvalidOperationException(
                "The database could not be opened or migrated; check ConnectionStrings:TeamsCompanion. " + e.Message, e);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Critical, Message = "Could not open or migrate the database {DataSource}")]
    private static partial void LogMigrationFailed(ILogger logger, Exception exception, string dataSource);
}
