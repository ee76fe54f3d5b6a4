using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsCompanion.Protocol.Connector;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Bot.Tests;

/// <summary>
/// Inbound tokens are checked against keys published by a local OpenID metadata endpoint, as the
/// Bot Framework and Entra publish theirs. Refusals say 401/403 and nothing more.
/// </summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    private const string AppId = "5f1b5c1e-0000-4000-8000-00000000a999";
    private const string BotTenant = "b07e0000-0000-4000-8000-000000000777";
    private readonly TestIdentity identity = new(AppId, BotTenant);
    private FakeConnector connector = null!;
    private BotFactory bot = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync(identity.MapRoutes);
        var settings = identity.BotSettings(connector.ServiceUrl);
        settings["Bot:AllowedServiceHosts:0"] = "127.0.0.1";
        bot = new BotFactory(
            settings,
            configureServices: services => services.Replace(ServiceDescriptor.Singleton<IConnectorTokenProvider>(new StaticToken())));
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await connector.DisposeAsync();
        identity.Dispose();
    }

    [Fact]
    public async Task AValidBotFrameworkTokenIsAcceptedAndTheReplyCarriesTheBotsOwnToken()
    {
        var response = await bot.PostActivityAsync(Activities.Message(connector.ServiceUrl, "tips"), identity.BotFrameworkToken(connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = (await connector.WaitForAsync(1)).Single(r => r.Path.StartsWith("/v3/", StringComparison.Ordinal));
        Assert.Equal("Bearer outbound-test-token", reply.Authorization);
    }

    [Fact]
    public async Task AValidTokenIsAcceptedFromAnyAddress()
    {
        bot.RemoteAddress = IPAddress.Parse("52.112.0.10");

        var response = await bot.PostActivityAsync(Activities.Message(connector.ServiceUrl, "tips"), identity.BotFrameworkToken(connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnEntraTokenOfTheBotsTenantIsAccepted()
    {
        var response = await bot.PostActivityAsync(Activities.Message(connector.ServiceUrl, "tips"), identity.EntraToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task NoTokenIsUnauthorized() => await AssertRefusedAsync(null, HttpStatusCode.Unauthorized);

    [Fact]
    public async Task AWrongIssuerIsUnauthorized() =>
        await AssertRefusedAsync(identity.BotFrameworkToken(connector.ServiceUrl, issuer: "https://api.botframework.com.evil.example"), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task AWrongAudienceIsUnauthorized() =>
        await AssertRefusedAsync(identity.BotFrameworkToken(connector.ServiceUrl, audience: "some-other-bot"), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task AnExpiredTokenIsUnauthorized() =>
        await AssertRefusedAsync(identity.BotFrameworkToken(connector.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-6)), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task ATokenWithinTheFiveMinuteSkewIsAccepted()
    {
        var response = await bot.PostActivityAsync(
            Activities.Message(connector.ServiceUrl, "tips"),
            identity.BotFrameworkToken(connector.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-4)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnUnsignedTokenIsUnauthorized() =>
        await AssertRefusedAsync(identity.UnsignedToken(connector.ServiceUrl), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task ATokenSignedWithAnUnpublishedKeyIsUnauthorized() =>
        await AssertRefusedAsync(identity.BotFrameworkToken(connector.ServiceUrl, key: identity.UnpublishedKey), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task AKeyNotEndorsedForTheChannelIsForbidden() =>
        await AssertRefusedAsync(identity.BotFrameworkToken(connector.ServiceUrl, key: identity.OtherChannelKey), HttpStatusCode.Forbidden);

    [Fact]
    public async Task AServiceUrlClaimForAnotherServiceUrlIsForbidden() =>
        await AssertRefusedAsync(identity.BotFrameworkToken("https://smba.trafficmanager.net/emea/"), HttpStatusCode.Forbidden);

    [Fact]
    public async Task ABotFrameworkTokenWithoutServiceUrlClaimIsForbidden() =>
        await AssertRefusedAsync(identity.BotFrameworkToken(connector.ServiceUrl, includeServiceUrl: false), HttpStatusCode.Forbidden);

    [Fact]
    public async Task AnEntraTokenOfAnotherTenantIsUnauthorized() =>
        await AssertRefusedAsync(identity.EntraToken(tenantId: "0ther000-0000-4000-8000-000000000000"), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task AnEntraTokenAskedForByAnotherAppOfTheTenantIsForbidden() =>
        await AssertRefusedAsync(identity.EntraToken(callerAppId: "0ther-app-0000-4000-8000-000000000001"), HttpStatusCode.Forbidden);

    [Fact]
    public async Task AnEntraTokenWhoseTenantClaimDiffersFromItsIssuerIsForbidden() =>
        await AssertRefusedAsync(identity.EntraToken(tid: "11111111-0000-4000-8000-000000000000"), HttpStatusCode.Forbidden);

    [Fact]
    public async Task AnEntraTokenNamingAnotherServiceUrlIsForbidden() =>
        await AssertRefusedAsync(identity.EntraToken(serviceUrl: "https://smba.trafficmanager.net/emea/"), HttpStatusCode.Forbidden);

    [Fact]
    public async Task AnActivityOfAnotherChannelIsForbidden()
    {
        var activity = Activities.Message(connector.ServiceUrl, "tips");
        activity["channelId"] = "webchat";

        var response = await bot.PostActivityAsync(activity, identity.BotFrameworkToken(connector.ServiceUrl, key: identity.OtherChannelKey));

        await MessagesEndpointTests.ProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task WithCredentialsABadTokenIsRefusedBeforeTheBodyIsRead()
    {
        using var client = bot.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent("{ this is not json", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "not.a.token");

        var response = await client.SendAsync(request);

        await MessagesEndpointTests.ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AnActivityFromATenantNotOnTheAllowListIsForbidden()
    {
        var activity = Activities.Message(connector.ServiceUrl, "tips");
        activity["conversation"]!["tenantId"] = "11111111-0000-4000-8000-000000000000";
        activity["channelData"]!["tenant"]!["id"] = "11111111-0000-4000-8000-000000000000";

        var response = await bot.PostActivityAsync(activity, identity.BotFrameworkToken(connector.ServiceUrl));

        await MessagesEndpointTests.ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.DoesNotContain(connector.Requests, r => r.Path.StartsWith("/v3/", StringComparison.Ordinal));
    }

    private async Task AssertRefusedAsync(string? token, HttpStatusCode expected)
    {
        var response = await bot.PostActivityAsync(Activities.Message(connector.ServiceUrl, "tips"), token);

        var problem = await MessagesEndpointTests.ProblemAsync(response, expected);
        Assert.Null(problem["detail"]);
        Assert.DoesNotContain(connector.Requests, r => r.Path.StartsWith("/v3/", StringComparison.Ordinal));
    }

    private sealed class StaticToken : IConnectorTokenProvider
    {
        public Task<string?> GetAuthorizationHeaderAsync(CancellationToken cancellationToken) => Task.FromResult<string?>("Bearer outbound-test-token");
    }
}
