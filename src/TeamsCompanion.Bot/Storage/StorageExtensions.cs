using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace TeamsCompanion.Bot.Storage;

public static class StorageExtensions
{
    public const string DefaultConnectionString = "Data Source=data/teamscompanion.db";

    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section)
            .Validate(o => string.Equals(o.Provider, "Sqlite", StringComparison.OrdinalIgnoreCase), "Storage:Provider must be 'Sqlite'.")
            .ValidateOnStart();

        services.AddDbContextFactory<TeamsCompanionDbContext>((provider, options) => options.UseSqlite(ConnectionString(provider.GetRequiredService<IConfiguration>())));
        // Shared with the token cache of Microsoft.Identity.Web, so no size limit: entries here expire within a minute.
        services.AddMemoryCache();
        services.AddSingleton<ConversationStore>();
        services.AddSingleton<PreferenceStore>();
        services.AddSingleton<UsageCounters>();
        services.AddHostedService<UsageCountersFlusher>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddHostedService(p => p.GetRequiredService<DatabaseMigrator>());
        return services;
    }

    public static string ConnectionString(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetConnectionString(StorageOptions.ConnectionStringName) is { Length: > 0 } configured ? configured : DefaultConnectionString;
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
