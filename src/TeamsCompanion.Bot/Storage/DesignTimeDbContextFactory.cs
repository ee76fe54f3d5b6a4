using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TeamsCompanion.Bot.Storage;

/// <summary>Lets <c>dotnet ef --context SqliteTeamsCompanionDbContext</c> build the model without starting the app.</summary>
internal sealed class SqliteDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SqliteTeamsCompanionDbContext>
{
    public SqliteTeamsCompanionDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteTeamsCompanionDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>
/// Lets <c>dotnet ef --context PostgreSqlTeamsCompanionDbContext</c> build the model; adding a migration
/// does not connect, so no server is needed.
/// </summary>
internal sealed class PostgreSqlDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlTeamsCompanionDbContext>
{
    public PostgreSqlTeamsCompanionDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlTeamsCompanionDbContext>().UseNpgsql("Host=localhost;Database=teamscompanion").Options);
}
