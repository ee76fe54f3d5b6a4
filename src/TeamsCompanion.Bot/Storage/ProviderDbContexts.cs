using Microsoft.EntityFrameworkCore;

namespace TeamsCompanion.Bot.Storage;

/// <summary>The model on SQLite; its migrations are in Storage/Migrations/Sqlite.</summary>
public sealed class SqliteTeamsCompanionDbContext(DbContextOptions<SqliteTeamsCompanionDbContext> options) : TeamsCompanionDbContext(options);

/// <summary>The model on PostgreSQL; its migrations are in Storage/Migrations/PostgreSql.</summary>
public sealed class PostgreSqlTeamsCompanionDbContext(DbContextOptions<PostgreSqlTeamsCompanionDbContext> options) : TeamsCompanionDbContext(options);

/// <summary>
/// Hands out the configured provider's context as the shared base type. It reads the settings when a
/// context is asked for, not when it is built: a wrong setting then surfaces as the start-up
/// validation error, not as a failure of whatever service happened to be built first.
/// </summary>
internal sealed class ConfiguredDbContextFactory(IServiceProvider services, IConfiguration configuration) : IDbContextFactory<TeamsCompanionDbContext>
{
    public TeamsCompanionDbContext CreateDbContext() =>
        TeamsCompanionDatabase.Provider(configuration) == DatabaseProvider.PostgreSql
            ? services.GetRequiredService<IDbContextFactory<PostgreSqlTeamsCompanionDbContext>>().CreateDbContext()
            : services.GetRequiredService<IDbContextFactory<SqliteTeamsCompanionDbContext>>().CreateDbContext();

    public async Task<TeamsCompanionDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        TeamsCompanionDatabase.Provider(configuration) == DatabaseProvider.PostgreSql
            ? await services.GetRequiredService<IDbContextFactory<PostgreSqlTeamsCompanionDbContext>>().CreateDbContextAsync(cancellationToken)
            : await services.GetRequiredService<IDbContextFactory<SqliteTeamsCompanionDbContext>>().CreateDbContextAsync(cancellationToken);
}
