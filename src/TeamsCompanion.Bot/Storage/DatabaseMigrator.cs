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

        var provider = TeamsCompanionDatabase.Provider(configuration);
        var connectionString = TeamsCompanionDatabase.ConnectionString(configuration);
        try
        {
            if (provider == DatabaseProvider.PostgreSql)
            {
                await PostgreSqlMigrations.MigrateAsync(contexts, cancellationToken);
            }
            else
            {
                await MigrateSqliteAsync(connectionString, cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogMigrationFailed(logger, e, TeamsCompanionDatabase.Describe(provider, connectionString));
            throw new InvalidOperationException(
                $"The database could not be opened or migrated; check {TeamsCompanionDatabase.ConnectionStringSetting}. " + e.Message, e);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task MigrateSqliteAsync(string connectionString, CancellationToken cancellationToken)
    {
        TeamsCompanionDatabase.EnsureSqliteFolder(connectionString);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            options.Value.SqliteWal ? "PRAGMA journal_mode=WAL;" : "PRAGMA journal_mode=DELETE;", cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Could not open or migrate the database {DataSource}")]
    private static partial void LogMigrationFailed(ILogger logger, Exception exception, string dataSource);
}
