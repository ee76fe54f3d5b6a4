using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Graph.Tests;

/// <summary>The Graph seam as the bot wires it, from in-memory configuration.</summary>
internal static class GraphServices
{
    public static ServiceProvider Build(IDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        collection.AddTeamsGraph();
        configure?.Invoke(collection);
        return collection.BuildServiceProvider();
    }

    /// <summary>Development without credentials, pointed at the fake.</summary>
    public static Dictionary<string, string?> For(FakeGraph graph) => new()
    {
        ["Graph:BaseUrl"] = graph.BaseUrl,
        ["Graph:AllowedHosts:0"] = graph.Host,
        ["Graph:TeamsAppId"] = graph.TeamsAppId,
    };

    /// <summary>A bot with a client secret (never used to reach Entra in these tests).</summary>
    public static Dictionary<string, string?> WithCredentials(Dictionary<string, string?> settings)
    {
        settings["Bot:AppId"] = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a";
        settings["Bot:TenantId"] = "11111111-2222-4333-8444-555555555555";
        settings["Bot:ClientSecret"] = "not-a-real-secret";
        return settings;
    }
}
