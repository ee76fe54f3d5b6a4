using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions;
using TeamsCompanion.Protocol.Hosting;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Graph.Tests;

/// <summary>Where Graph requests and the bot's token may go, and what stops the app at start.</summary>
public sealed class GraphHostTests
{
    [Fact]
    public async Task Without_credentials_graph_itself_is_refused_before_sending()
    {
        await using var services = GraphServices.Build(new Dictionary<string, string?>());

        var error = await Assert.ThrowsAsync<GraphAccessException>(
            () => services.GetRequiredService<ITeamsDirectory>().FindUserAsync("an.jansen@minbzk.example", default));

        Assert.StartsWith("Microsoft Graph needs Bot:AppId and credentials", error.Reason, StringComparison.Ordinal);
        Assert.Null(error.StatusCode);
    }

    [Fact]
    public async Task Without_credentials_a_loopback_host_must_be_named()
    {
        await using var graph = await FakeGraph.StartAsync();
        var settings = GraphServices.For(graph);
        settings.Remove("Graph:AllowedHosts:0");
        await using var services = GraphServices.Build(settings);

        var error = await Assert.ThrowsAsync<GraphAccessException>(
            () => services.GetRequiredService<ITeamsDirectory>().EnsureInstalledForUserAsync("3f2b8c1e-6d4a-4b7e-9c21-8a5f0e7d6c34", default));

        Assert.StartsWith("Microsoft Graph needs Bot:AppId and credentials", error.Reason, StringComparison.Ordinal);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task With_credentials_the_token_goes_to_graph_and_nowhere_else()
    {
        var tokens = new CountingTokens();
        await using var services = GraphServices.Build(
            GraphServices.WithCredentials(new() { ["Graph:TeamsAppId"] = FakeGraph.DefaultTeamsAppId }),
            s => s.Replace(ServiceDescriptor.Singleton<IGraphTokenProvider>(tokens)));
        var authenticator = services.GetRequiredService<GraphRequestAuthenticator>();

        var toGraph = new RequestInformation { URI = new Uri("https://graph.microsoft.com/v1.0/users/x") };
        await authenticator.AuthenticateRequestAsync(toGraph);
        Assert.Equal(["Bearer token-1"], toGraph.Headers["Authorization"]);

        foreach (var elsewhere in new[] { "http://127.0.0.1:5000/v1.0/users/x", "http://graph.microsoft.com/v1.0/users/x", "https://graph.microsoft.com.example.net/v1.0/users/x" })
        {
            var error = await Assert.ThrowsAsync<GraphAccessException>(
                () => authenticator.AuthenticateRequestAsync(new RequestInformation { URI = new Uri(elsewhere) }));
            Assert.Contains("token is sent only to Microsoft Graph", error.Reason, StringComparison.Ordinal);
        }

        Assert.Equal(1, tokens.Count);
    }

    [Fact]
    public async Task With_credentials_a_loopback_base_url_stops_the_app()
    {
        await using var graph = await FakeGraph.StartAsync();
        await using var services = GraphServices.Build(GraphServices.WithCredentials(GraphServices.For(graph)));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<GraphOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains("token is sent only to Microsoft Graph", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_credentials_and_no_manifest_id_the_app_still_starts()
    {
        // The hand-over then reaches only contacts who already have a chat with the bot.
        await using var services = GraphServices.Build(GraphServices.WithCredentials([]));

        Assert.Null(services.GetRequiredService<IOptions<GraphOptions>>().Value.TeamsAppId);
    }

    [Theory]
    [InlineData("Graph:AllowedHosts:0", "graph.example.net")]
    [InlineData("Graph:TeamsAppId", "x' or 1 eq 1 or externalId eq 'y")]
    [InlineData("Graph:CatalogAppId", "not-a-guid")]
    [InlineData("Graph:BaseUrl", "graph.microsoft.com/v1.0")]
    public async Task Bad_settings_stop_the_app(string key, string value)
    {
        await using var services = GraphServices.Build(new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<GraphOptions>>().Value);
        Assert.Contains(error.Failures, f => f.Contains(key.Split(':')[1], StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_development_run_without_a_graph_section_starts()
    {
        await using var services = GraphServices.Build(new Dictionary<string, string?>());

        Assert.Equal("https://graph.microsoft.com/v1.0", services.GetRequiredService<IOptions<GraphOptions>>().Value.BaseUrl);
        Assert.NotNull(services.GetRequiredService<ITeamsDirectory>());
    }

    [Fact]
    public async Task Graph_sits_beside_the_bot_protocol_without_binding_the_bot_twice()
    {
        await using var services = GraphServices.Build(
            new Dictionary<string, string?> { ["Bot:AllowedTenants:0"] = "tenant-a" },
            s =>
            {
                s.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Development });
                s.AddBotProtocol();
            });

        Assert.Equal(["tenant-a"], services.GetRequiredService<IOptions<BotOptions>>().Value.AllowedTenants);
        Assert.NotNull(services.GetRequiredService<ITeamsDirectory>());
        Assert.NotNull(services.GetRequiredService<IConfiguration>());
    }

    [Theory]
    [InlineData("https://graph.microsoft.com/v1.0", "https://graph.microsoft.com/.default")]
    [InlineData("https://graph.microsoft.us/v1.0", "https://graph.microsoft.us/.default")]
    [InlineData("https://dod-graph.microsoft.us/v1.0", "https://dod-graph.microsoft.us/.default")]
    public void The_token_is_asked_for_the_clouds_own_graph(string baseUrl, string scope)
    {
        Assert.Equal(scope, EntraGraphTokenProvider.Scope(new GraphOptions { BaseUrl = baseUrl }));
    }

    private sealed class CountingTokens : IGraphTokenProvider
    {
        public int Count { get; private set; }

        public Task<string> GetAccessTokenAsync(CancellationToken cancellationToken) => Task.FromResult($"token-{++Count}");
    }
}
