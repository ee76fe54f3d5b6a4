using Microsoft.EntityFrameworkCore;

namespace TeamsCompanion.Bot.Storage;

public static class StorageExtensions
{
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section)
            .Validate(o => TeamsCompanionDatabase.TryParseProvider(o.Provider, out _), $"{TeamsCompanionDatabase.ProviderSetting} must be 'Sqlite' (the default) or 'PostgreSQL'.")
            .Validate<IConfiguration>(
                (o, configuration) => !TeamsCompanionDatabase.TryParseProvider(o.Provider, out var provider) || provider == DatabaseProvider.Sqlite
                    || !string.IsNullOrEmpty(configuration.GetConnectionString(StorageOptions.ConnectionStringName)),
                $"{TeamsCompanionDatabase.ProviderSetting} is PostgreSQL, so {TeamsCompanionDatabase.ConnectionStringSetting} must be set.")
            .ValidateOnStart();

        // Both are registered; the settings pick one when a context is first asked for.
        services.AddDbContextFactory<SqliteTeamsCompanionDbContext>((provider, options) =>
            TeamsCompanionDatabase.Configure(options, DatabaseProvider.Sqlite, TeamsCompanionDatabase.ConnectionString(provider.GetRequiredService<IConfiguration>())));
        services.AddDbContextFactory<PostgreSqlTeamsCompanionDbContext>((provider, options) =>
            TeamsCompanionDatabase.Configure(options, DatabaseProvider.PostgreSql, TeamsCompanionDatabase.ConnectionString(provider.GetRequiredService<IConfiguration>())));
        services.AddSingleton<IDbContextFactory<TeamsCompanionDbContext>, ConfiguredDbContextFactory>();

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
}
