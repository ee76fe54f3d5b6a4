using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using TeamsCompanion.Protocol.Activities;
using TeamsCompanion.Protocol.Connector;
using TeamsCompanion.Protocol.Hosting;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Protocol.Tests;

/// <summary>The connector client against a real HTTP listener, through the real resilience pipeline.</summary>
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private FakeConnector connector = null!;
    private ServiceProvider services = null!;
    private IConnectorClient client = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        collection.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Development });
        collection.AddBotProtocol();
        services = collection.BuildServiceProvider();
        client = services.GetRequiredService<IConnectorClient>();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task AReplyIsPostedToTheConversationWithAContentLength()
    {
        var response = await client.ReplyToActivityAsync(connector.ServiceUrl, "a:conv/1", "act 1", new Activity { Type = "message", Text = "hoi" }, default);

        var request = Assert.Single(connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations/a:conv/1/activities/act 1", request.Path);
        Assert.Equal("/v3/conversations/a%3Aconv%2F1/activities/act%201", request.RawTarget);
        Assert.True(request.ContentLength > 0);
        Assert.Equal("hoi", (string?)request.Body!["text"]);
        Assert.NotNull(response.Id);
    }

    [Fact]
    public async Task UpdateDeleteAndCreateConversationUseTheirVerbs()
    {
        await client.UpdateActivityAsync(connector.ServiceUrl, "a:c", "m1", new Activity { Type = "message" }, default);
        await client.DeleteActivityAsync(connector.ServiceUrl, "a:c", "m1", default);
        var created = await client.CreateConversationAsync(
            connector.ServiceUrl,
            new ConversationParameters { Bot = new ChannelAccount { Id = "28:bot" }, Members = [new ChannelAccount { Id = "29:u" }], TenantId = "t" },
            default);

        Assert.Equal(["PUT", "DELETE", "POST"], connector.Requests.Select(r => r.Method));
        Assert.Equal("/v3/conversations", connector.Requests.Last().Path);
        Assert.StartsWith("a:created-", created.Id, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task TransientRefusalsAreRetried(int status)
    {
        connector.Respond(status, retryAfter: status == 429 ? TimeSpan.FromSeconds(1) : null);

        await client.SendToConversationAsync(connector.ServiceUrl, "a:c", new Activity { Type = "message" }, default);

        Assert.Equal(2, connector.Requests.Count);
    }

    [Theory]
    [InlineData(400, "BadArgument")]
    [InlineData(401, "BotNotRegistered")]
    [InlineData(403, "ConversationBlockedByUser")]
    [InlineData(404, "ConversationNotFound")]
    [InlineData(500, null)]
    public async Task FinalRefusalsAreNotRetriedAndKeepTheTeamsErrorCode(int status, string? code)
    {
        connector.Respond(status, code);

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            client.SendToConversationAsync(connector.ServiceUrl, "a:c", new Activity { Type = "message" }, default));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal(status is 403 or 404, error.IsUndeliverable);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task AForeignServiceUrlIsRefusedBeforeAnyRequest()
    {
        await Assert.ThrowsAsync<ServiceUrlNotAllowedException>(() =>
            client.SendToConversationAsync("https://evil.example/", "a:c", new Activity { Type = "message" }, default));

        Assert.Empty(connector.Requests);
    }

    [Fact]
    public void OnlyTransientOutcomesAreRetried()
    {
        static Polly.Outcome<HttpResponseMessage> Status(HttpStatusCode code) => Polly.Outcome.FromResult(new HttpResponseMessage(code));

        Assert.True(BotProtocolExtensions.IsTransient(Status(HttpStatusCode.TooManyRequests)));
        Assert.True(BotProtocolExtensions.IsTransient(Polly.Outcome.FromException<HttpResponseMessage>(new HttpRequestException("down"))));
        Assert.False(BotProtocolExtensions.IsTransient(Status(HttpStatusCode.Forbidden)));
        Assert.False(BotProtocolExtensions.IsTransient(Status(HttpStatusCode.InternalServerError)));
    }
}
