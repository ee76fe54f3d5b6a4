using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;
using Microsoft.Identity.Web.TokenCacheProviders.InMemory;
using TeamsCompanion.Protocol.Hosting;

namespace TeamsCompanion.Graph;

public static class GraphServiceCollectionExtensions
{
    /// <summary>
    /// The bot's identity for Graph: the <c>Bot</c> section bound once more under its own name, so that
    /// adding Graph next to the bot protocol does not bind the bot's default options twice.
    /// </summary>
    internal const string BotIdentity = "TeamsCompanion.Graph";

    /// <summary>Adds <see cref="ITeamsDirectory"/>: options from the <c>Graph</c> section (validated at start), credentials from <c>Bot</c>. Calling it again changes nothing.</summary>
    public static IServiceCollection AddTeamsGraph(this IServiceCollection services)
    {
        // Several features use Graph; a second call must not add the resilience handler twice.
        if (services.Any(s => s.ServiceType == typeof(GraphClients)))
        {
            return services;
        }

        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>());
        services.AddOptions<BotOptions>(BotIdentity).BindConfiguration(BotOptions.Section);

        services.AddTokenAcquisition(isTokenAcquisitionSingleton: true);
        services.AddInMemoryTokenCaches();
        services.TryAddSingleton<IGraphTokenProvider, EntraGraphTokenProvider>();
        services.TryAddSingleton<GraphRequestAuthenticator>();
        services.TryAddSingleton<GraphClients>();
        services.TryAddSingleton<TeamsAppCatalog>();
        services.TryAddSingleton<ITeamsDirectory, TeamsDirectory>();

        services.AddHttpClient(GraphClients.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .AddResilienceHandler("graph", GraphResilience.Configure);
        return services;
    }
}
