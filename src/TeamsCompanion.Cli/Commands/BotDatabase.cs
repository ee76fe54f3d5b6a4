using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamsCompanion.Bot.Reminders;
using TeamsCompanion.Bot.Storage;

namespace TeamsCompanion.Cli.Commands;

/// <summary>
/// The bot's database, opened with the bot's own settings (<c>ConnectionStrings:TeamsCompanion</c>,
/// <c>Storage:Provider</c>) from environment variables, an appsettings.json in the current folder,
/// or <c>--connection-string</c>. Migrated first, as the bot would.
/// </summary>
internal sealed class BotDatabase : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private BotDatabase(ServiceProvider services) => this.services = services;

    public PolicyPublisher Publisher => services.GetRequiredService<PolicyPublisher>();

    public PolicyStatus Status => services.GetRequiredService<PolicyStatus>();

    public PublishedVersions Versions => services.GetRequiredService<PublishedVersions>();

    public static async Task<BotDatabase> OpenAsync(Arguments args)
    {
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables();
        if (args.Option("connection-string") is { } connection)
        {
            builder.AddInMemoryCollection([new("ConnectionStrings:TeamsCompanion", connection)]);
        }

        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(builder.Build());
        collection.AddLogging(logging => logging.AddFilter(_ => false));
        collection.AddSingleton(TimeProvider.System);
        collection.AddStorage();
        collection.AddPolicyVersions();
        var services = collection.BuildServiceProvider();
        try
        {
            await services.GetRequiredService<DatabaseMigrator>().StartAsync(CancellationToken.None);
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }

        return new BotDatabase(services);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
