using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TeamsCompanion.Protocol.Connector;
using TeamsCompanion.Protocol.Hosting;

namespace TeamsCompanion.Protocol.Tests;

public sealed class ServiceUrlPolicyTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", true)]
    [InlineData("https://smba.trafficmanager.net/teams/", true)]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/gcc", true)]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/gcch", true)]
    [InlineData("https://webchat.botframework.com/", true)]
    [InlineData("http://smba.trafficmanager.net/emea/", false)]
    [InlineData("https://trafficmanager.net/", false)]
    [InlineData("https://evil-botframework.com/", false)]
    [InlineData("https://botframework.com.evil.example/", false)]
    [InlineData("https://user:pass@smba.trafficmanager.net/emea/", false)]
    [InlineData("http://127.0.0.1:56150/_connector", false)]
    [InlineData("/relative", false)]
    [InlineData(null, false)]
    public void InProductionOnlyTeamsHostsOverHttpsAreAllowed(string? serviceUrl, bool allowed)
    {
        Assert.Equal(allowed, Policy(Environments.Production).IsAllowed(serviceUrl));
    }

    [Theory]
    [InlineData("http://127.0.0.1:56150/_connector")]
    [InlineData("http://localhost:3979/")]
    [InlineData("http://[::1]:5000/")]
    public void InDevelopmentLoopbackIsAllowedToo(string serviceUrl)
    {
        Assert.True(Policy(Environments.Development).IsAllowed(serviceUrl));
    }

    [Fact]
    public void WithCredentialsLoopbackIsAllowedOnlyWhenNamed()
    {
        var unnamed = new ServiceUrlPolicy(Options.Create(new BotOptions { AppId = "app" }), new Environment(Environments.Development));
        var named = new ServiceUrlPolicy(Options.Create(new BotOptions { AppId = "app", AllowedServiceHosts = ["127.0.0.1"] }), new Environment(Environments.Development));

        Assert.False(unnamed.IsAllowed("http://127.0.0.1:5000/"));
        Assert.True(named.IsAllowed("http://127.0.0.1:5000/"));
        Assert.False(named.IsAllowed("http://localhost:5000/"));
    }

    [Fact]
    public void ConfiguredExtraHostsAreAllowed()
    {
        var policy = Policy(Environments.Production, "connector.contoso.example");

        Assert.True(policy.IsAllowed("https://eu.connector.contoso.example/"));
        Assert.False(policy.IsAllowed("https://contoso.example/"));
    }

    [Fact]
    public void EnsureAllowedNamesOnlyTheHost()
    {
        var error = Assert.Throws<ServiceUrlNotAllowedException>(() => Policy(Environments.Production).EnsureAllowed("https://evil.example/steal?token=x"));

        Assert.Contains("evil.example", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("token", error.Message, StringComparison.Ordinal);
    }

    private static ServiceUrlPolicy Policy(string environment, params string[] extraHosts) =>
        new(Options.Create(new BotOptions { AllowedServiceHosts = [.. extraHosts] }), new Environment(environment));

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = ".";

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
