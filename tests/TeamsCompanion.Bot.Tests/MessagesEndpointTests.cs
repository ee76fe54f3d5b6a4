using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Bot.Tests;

/// <summary>Bad input gets a clear ProblemDetails and no side effects; never a stack trace.</summary>
public sealed class MessagesEndpointTests : BotWithConnector
{
    [Fact]
    public async Task MalformedJsonIsA400ThatSaysWhere()
    {
        var response = await PostRawAsync("{\"type\": \"message\", \"text\": ");

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("invalid JSON", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Contains("line 1", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"text\": \"tips\"}", "no 'type'")]
    [InlineData("{\"type\": \"\"}", "no 'type'")]
    [InlineData("[1, 2]", "wrong type")]
    [InlineData("", "empty")]
    [InlineData("{\"type\": \"message\", \"from\": 5}", "$.from")]
    public async Task AnActivityWithoutTypeOrOfTheWrongShapeIsA400(string body, string expected)
    {
        var problem = await ProblemAsync(await PostRawAsync(body), HttpStatusCode.BadRequest);

        Assert.Contains(expected, (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task ABodyOverTheLimitIsA413()
    {
        var huge = new string('x', 10 * 1024 * 1024);
        var response = await PostRawAsync($"{{\"type\":\"message\",\"text\":\"{huge}\"}}");

        var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("Bot:MaxRequestBodyBytes", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task AnUnknownActivityTypeIsAcceptedAndIgnored()
    {
        var activity = Activities.Message(Connector.ServiceUrl, "tips");
        activity["type"] = "somethingNew";

        var response = await Bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task AnInvokeNobodyHandlesIsA501()
    {
        var activity = Activities.Message(Connector.ServiceUrl, string.Empty);
        activity["type"] = "invoke";
        activity["name"] = "composeExtension/unknownThing";

        await ProblemAsync(await Bot.PostActivityAsync(activity), HttpStatusCode.NotImplemented);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("https://smba.trafficmanager.net.evil.example/")]
    [InlineData("ftp://smba.trafficmanager.net/")]
    [InlineData("not a url")]
    public async Task AServiceUrlOutsideTeamsIsRefusedAndNothingIsSent(string serviceUrl)
    {
        var response = await Bot.PostActivityAsync(Activities.Message(serviceUrl, "tips"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("serviceUrl", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutCredentialsOnlyLoopbackIsServed()
    {
        Bot.RemoteAddress = IPAddress.Parse("192.0.2.10");

        var response = await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "tips"));

        await ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task WithoutCredentialsARequestFromABrowserPageIsRefused()
    {
        using var client = Bot.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = System.Net.Http.Json.JsonContent.Create(Activities.Message(Connector.ServiceUrl, "tips")) };
        request.Headers.Add("Origin", "https://evil.example");

        await ProblemAsync(await client.SendAsync(request), HttpStatusCode.Forbidden);
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task WithoutCredentialsOnlyJsonIsAccepted()
    {
        using var client = Bot.CreateClient();
        using var content = new StringContent(Activities.Message(Connector.ServiceUrl, "tips").ToJsonString(), Encoding.UTF8, "text/plain");

        await ProblemAsync(await client.PostAsync("/api/messages", content), HttpStatusCode.UnsupportedMediaType);
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task AMessageWithoutAnAddressIsA400()
    {
        var activity = Activities.Message(Connector.ServiceUrl, "tips");
        activity.Remove("serviceUrl");

        var problem = await ProblemAsync(await Bot.PostActivityAsync(activity), HttpStatusCode.BadRequest);

        Assert.Contains("serviceUrl", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChannelDataOfAnotherShapeIsNotAnError()
    {
        var activity = Activities.Message(Connector.ServiceUrl, "tips");
        activity["channelData"] = new JsonObject { ["tenant"] = "not-an-object" };

        Assert.Equal(HttpStatusCode.OK, (await Bot.PostActivityAsync(activity)).StatusCode);
        Assert.Single(await Connector.WaitForAsync(1));
    }

    [Fact]
    public async Task WhenTheConnectorRefusesTheAnswerTheResponseSaysSoWithoutInternals()
    {
        Connector.Respond(403, "ConversationBlockedByUser");
        Connector.Respond(403, "ConversationBlockedByUser");

        var response = await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "tips"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadGateway);
        Assert.Equal("Teams connector unavailable", (string?)problem["title"]);
        Assert.Equal(2, Connector.Requests.Count);
    }

    [Fact]
    public async Task AThrottledReplyIsRetriedAfterRetryAfter()
    {
        Connector.Respond(429, "Throttled", TimeSpan.FromSeconds(1));

        var response = await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "tips"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var requests = await Connector.WaitForAsync(2);
        Assert.Equal(requests[0].Path, requests[1].Path);
        Assert.True(System.Diagnostics.Stopwatch.GetElapsedTime(requests[0].ReceivedAt, requests[1].ReceivedAt) >= TimeSpan.FromSeconds(0.9), "the retry waited for Retry-After");
    }

    [Fact]
    public async Task WhenTheDatabaseIsGoneTheUserIsStillAnswered()
    {
        await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "help"));
        await Connector.WaitForAsync(1);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(Bot.DatabasePath + suffix);
        }

        Directory.CreateDirectory(Bot.DatabasePath);
        try
        {
            var response = await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "tips"));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Tips voor werken met AI", (await Connector.WaitForAsync(2))[1].CardText(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Bot.DatabasePath);
        }
    }

    private async Task<HttpResponseMessage> PostRawAsync(string body)
    {
        using var client = Bot.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        return await client.PostAsync("/api/messages", content);
    }

    internal static async Task<JsonNode> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        return JsonNode.Parse(body)!;
    }
}
