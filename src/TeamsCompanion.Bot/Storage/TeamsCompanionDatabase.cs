using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace TeamsCompanion.Bot.Storage;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// Which database the settings point at, and a context for it. The one place that reads
/// <c>Storage:Provider</c> and <c>ConnectionStrings:TeamsCompanion</c>, so the bot and the CLI open
/// the same database the same way.
/// </summary>
public static class TeamsCompanionDatabase
{
    public const string ProviderSetting = StorageOptions.Section + ":" + nameof(StorageOptions.Provider);

    public const string ConnectionStringSetting = "ConnectionStrings:" + StorageOptions.ConnectionStringName;

    public const string DefaultSqliteConnectionString = "Data Source=data/teamscompanion.db";

    public static bool TryParseProvider(string? value, out DatabaseProvider provider)
    {
        provider = DatabaseProvider.Sqlite;
        if (string.IsNullOrWhiteSpace(value) || string.Equals(value, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(value, "PostgreSQL", StringComparison.OrdinalIgnoreCase))
        {
            provider = DatabaseProvider.PostgreSql;
            return true;
        }

        return false;
    }

    public static DatabaseProvider Provider(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[ProviderSetting];
        return TryParseProvider(value, out var provider)
            ? provider
            : throw new InvalidOperationException($"{ProviderSetting} is '{value}'; it must be 'Sqlite' (the default) or 'PostgreSQL'.");
    }

    public static string ConnectionString(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration.GetConnectionString(StorageOptions.ConnectionStringName) is { Length: > 0 } configured)
        {
            return configured;
        }

        // A file next to the app is a sensible default; a server has no such default.
        return Provider(configuration) == DatabaseProvider.Sqlite
            ? DefaultSqliteConnectionString
            : throw new InvalidOperationException($"{ProviderSetting} is PostgreSQL, so {ConnectionStringSetting} must be set, e.g. 'Host=db.example;Database=teamscompanion;Username=teamscompanion;Password=…'.");
    }

    /// <summary>A context on the configured database, for code without the bot's services (the CLI). The caller disposes it.</summary>
    public static TeamsCompanionDbContext CreateDbContext(IConfiguration configuration)
    {
        var connectionString = ConnectionString(configuration);
        return Provider(configuration) switch
        {
            DatabaseProvider.PostgreSql => new PostgreSqlTeamsCompanionDbContext(
                Configure(new DbContextOptionsBuilder<PostgreSqlTeamsCompanionDbContext>(), DatabaseProvider.PostgreSql, connectionString).Options),
            _ => new SqliteTeamsCompanionDbContext(
                Configure(new DbContextOptionsBuilder<SqliteTeamsCompanionDbContext>(), DatabaseProvider.Sqlite, connectionString).Options),
        };
    }

    public static TBuilder Configure<TBuilder>(TBuilder builder, DatabaseProvider provider, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (provider == DatabaseProvider.PostgreSql)
        {
            builder.UseNpgsql(connectionString);
        }
        else
        {
            builder.UseSqlite(connectionString);
        }

        return builder;
    }

    /// <summary>Where the database is, for logs: the file, or host and database name; never a password.</summary>
    public static string Describe(DatabaseProvider provider, string connectionString)
    {
        try
        {
            if (provider == DatabaseProvider.PostgreSql)
            {
                var builder = new NpgsqlConnectionStringBuilder(connectionString);
                return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
            }

            return "SQLite " + new SqliteConnectionStringBuilder(connectionString).DataSource;
        }
        catch (ArgumentException)
        {
            return provider + " (the connection string cannot be read)";
        }
    }

    /// <summary>The folder of a SQLite file must exist before SQLite can create the file.</summary>
    internal static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
