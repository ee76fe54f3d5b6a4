using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace TeamsCompanion.Bot.Storage;

public static class StorageExtensions
{
    public const string DefaultConnectionString = "Data Source=data/teamscompanion.db";

    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section)
            .Validate(o => string.Equals(o.Provider, "Sqlite", StringComparison.OrdinalIgnoreCase), "Storage:Provider must be 'Sqlite'.")
            .ValidateOnStart();

        var connectionString = configuration.GetConnectionString(StorageOptions.ConnectionStringName) ?? DefaultConnectionString;
        services.AddDbContextFactory<TeamsCompanionDbContext>(options => options.UseSqlite(connectionString));
        services.AddSingleton<ConversationStore>();
        services.AddSingleton<PreferenceStore>();
        services.AddHostedService(provider => ActivatorUtilities.CreateInstance<DatabaseMigrator>(provider, connectionString));
        return services;
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
