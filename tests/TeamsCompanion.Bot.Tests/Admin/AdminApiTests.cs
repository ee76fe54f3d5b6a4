using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsCompanion.Bot.Tests.Reminders;
using TeamsCompanion.Guidance.Packs;
using TeamsCompanion.Guidance.Versions;
using TeamsCompanion.Protocol.Connector;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Bot.Tests.Admin;

public sealed class AdminApiTests : BotWithConnector
{
    [Fact]
    public async Task InDevelopmentModeThisMachineCanPublishFollowCompareExportAndCancel()
    {
        await PublishAndAcknowledgeTests.SayHelloAsync(Bot, Connector, "user-a");
        using var client = Bot.CreateClient();

        var first = await client.PostAsJsonAsync("/api/admin/versions", new { files = PackFiles.Read(PolicyPackLoader.ShippedPackFolder).Files, notes = "Eerste versie" });
        var second = await client.PostAsJsonAsync("/api/admin/versions", new { files = PublishAndAcknowledgeTests.WithNewRule().Files, notes = "Gratis tools verboden" });
        var again = await client.PostAsJsonAsync("/api/admin/versions", new { files = PublishAndAcknowledgeTests.WithNewRule().Files, notes = "nog eens" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(2, (int)(await again.Content.ReadFromJsonAsync<JsonNode>())!["version"]!);

        var status = (await client.GetFromJsonAsync<JsonNode>("/api/admin/status"))!;
        Assert.Equal(2, (int)status["version"]!);
        Assert.Equal(1, (int)status["recipients"]!);
        foreach (var field in new[] { "sent", "pending", "failed", "acknowledged", "inDoubt" })
        {
            Assert.NotNull(status[field]);
        }

        var diff = (await client.GetFromJsonAsync<JsonNode>("/api/admin/versions/1/diff/2"))!;
        Assert.Equal("Nieuwe regel: Geen gratis AI-tools met werkgegevens", (string?)diff["text"]!["nl"]![0]);
        Assert.Equal("added", (string?)diff["changes"]![0]!["kind"]);

        var csv = await client.GetAsync("/api/admin/versions/2/acknowledgements.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("version,user,acknowledgedAt", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var cancel = (await (await client.PostAsync("/api/admin/versions/2/cancel", null)).Content.ReadFromJsonAsync<JsonNode>())!;
        Assert.True((bool)cancel["cancelled"]!);
        var resend = (await (await client.PostAsync("/api/admin/versions/2/resend-in-doubt", null)).Content.ReadFromJsonAsync<JsonNode>())!;
        Assert.Equal(0, (int)resend["queued"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/admin/versions/9/resend-in-doubt", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/admin/versions/9/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/admin/status?version=9")).StatusCode);
    }

    [Fact]
    public async Task AnInvalidPackIsRefusedWithEveryErrorAndFileAndLine()
    {
        using var client = Bot.CreateClient();
        var files = new Dictionary<string, string>(PackFiles.Read(PolicyPackLoader.ShippedPackFolder).Files) { ["tips.yaml"] = "tips:\n  - id: kapot\n" };

        var response = await client.PostAsJsonAsync("/api/admin/versions", new { files, notes = "x" });
        var missingNotes = await client.PostAsJsonAsync("/api/admin/versions", new { files });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
        Assert.Contains(problem["errors"]!.AsArray(), e => ((string?)e)!.StartsWith("tips.yaml:2:", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, missingNotes.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/admin/status")).StatusCode);
    }

    [Fact]
    public async Task InDevelopmentModeOtherMachinesAndWebPagesAreRefused()
    {
        using var client = Bot.CreateClient();
        using var fromPage = new HttpRequestMessage(HttpMethod.Get, "/api/admin/versions");
        fromPage.Headers.Add("Origin", "https://evil.example");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(fromPage)).StatusCode);
        Bot.RemoteAddress = IPAddress.Parse("10.1.2.3");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/admin/versions")).StatusCode);
    }
}

public sealed class AdminApiWithCredentialsTests : IAsyncLifetime
{
    private const string AppId = "5f1b5c1e-0000-4000-8000-00000000a999";
    private const string BotTenant = "b07e0000-0000-4000-8000-000000000777";
    private readonly TestIdentity identity = new(AppId, BotTenant);
    private FakeConnector connector = null!;
    private BotFactory bot = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync(identity.MapRoutes);
        bot = new BotFactory(
            identity.BotSettings(connector.ServiceUrl),
            configureServices: services => services.Replace(ServiceDescriptor.Singleton<IConnectorTokenProvider>(new NoToken())));
        bot.RemoteAddress = IPAddress.Parse("52.112.0.10");
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await connector.DisposeAsync();
        identity.Dispose();
    }

    [Fact]
    public async Task OnlyAnEntraTokenWithTheAdministratorRoleGetsIn()
    {
        using var client = bot.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/admin/versions")).StatusCode);
        // Microsoft.Identity.Web refuses a token with neither roles nor scopes; another role is known but not enough.
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(client, identity.EntraToken())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(client, identity.EntraToken(roles: ["TeamsCompanion.Reader"]))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(client, identity.EntraToken(tenantId: "0be70000-0000-4000-8000-000000000000", roles: ["TeamsCompanion.Admin"]))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(client, identity.EntraToken(key: identity.UnpublishedKey, roles: ["TeamsCompanion.Admin"]))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, identity.EntraToken(roles: ["TeamsCompanion.Admin"]))).StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/versions");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }

    private sealed class NoToken : IConnectorTokenProvider
    {
        public Task<string?> GetAuthorizationHeaderAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
    }
}
