using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Graph.Tests;

/// <summary>The directory against a real HTTP listener, through the SDK and the real resilience pipeline.</summary>
public sealed class TeamsDirectoryTests : IAsyncLifetime
{
    private const string AnId = "3f2b8c1e-6d4a-4b7e-9c21-8a5f0e7d6c34";
    private const string AnUpn = "an.jansen@minbzk.example";
    private const string BramId = "7a1d2e3f-4b5c-4d6e-8f70-81a2b3c4d5e6";
    private const string GuestUpn = "bram_ext.example#EXT#@minbzk.example";

    private FakeGraph graph = null!;
    private ServiceProvider services = null!;
    private ITeamsDirectory directory = null!;

    public async Task InitializeAsync()
    {
        graph = await FakeGraph.StartAsync();
        graph.AddUser(AnId, AnUpn, "An Jansen").AddUser(BramId, GuestUpn, "Bram de Vries");
        services = GraphServices.Build(GraphServices.For(graph));
        directory = services.GetRequiredService<ITeamsDirectory>();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await graph.DisposeAsync();
    }

    [Fact]
    public async Task A_upn_resolves_to_the_users_object_id()
    {
        var user = await directory.FindUserAsync(AnUpn, default);

        Assert.Equal(new DirectoryUser(AnId, "An Jansen", AnUpn), user);
        var request = Assert.Single(graph.Requests);
        Assert.Equal($"/users/{AnUpn}", request.Path);
        Assert.Contains("$select=id,displayName,userPrincipalName", request.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_guest_upn_is_escaped_and_an_object_id_works_too()
    {
        Assert.Equal(BramId, (await directory.FindUserAsync(GuestUpn, default))?.ObjectId);
        Assert.Equal(BramId, (await directory.FindUserAsync(BramId, default))?.ObjectId);
        Assert.Contains("%23EXT%23", graph.Requests.First().RawTarget, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_upn_is_null()
    {
        Assert.Null(await directory.FindUserAsync("nobody@minbzk.example", default));
    }

    [Fact]
    public async Task A_name_that_is_neither_a_upn_nor_an_id_is_null_without_asking_graph()
    {
        Assert.Null(await directory.FindUserAsync("delta", default));
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task The_app_is_installed_and_the_personal_chat_returned()
    {
        var chatId = await directory.EnsureInstalledForUserAsync(AnId, default);

        Assert.Equal(graph.ChatIdFor(AnId), chatId);
        Assert.True(graph.Installed(AnId));
        var calls = graph.Requests.Select(r => $"{r.Method} {r.Path}").ToList();
        Assert.Equal(4, calls.Count);
        Assert.Equal("GET /appCatalogs/teamsApps", calls[0]);
        Assert.Equal($"POST /users/{AnId}/teamwork/installedApps", calls[1]);
        Assert.Equal($"GET /users/{AnId}/teamwork/installedApps", calls[2]);
        Assert.Matches($"^GET /users/{AnId}/teamwork/installedApps/[^/]+/chat$", calls[3]);
        var install = graph.RequestsTo("POST", $"/users/{AnId}/teamwork/installedApps").Single();
        var property = Assert.Single(install.Body!.AsObject());
        Assert.Equal("teamsApp@odata.bind", property.Key);
        Assert.Equal($"{graph.BaseUrl}/appCatalogs/teamsApps/{graph.CatalogAppId}", (string?)property.Value);
        var list = graph.RequestsTo("GET", $"/users/{AnId}/teamwork/installedApps").Single();
        Assert.Contains("$expand=teamsApp", list.Query, StringComparison.Ordinal);
        Assert.Contains($"$filter=teamsApp/id eq '{graph.CatalogAppId}'", list.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_app_already_installed_answers_409_and_still_gives_the_chat()
    {
        graph.AddUser(AnId, AnUpn, "An Jansen", installed: true);

        var chatId = await directory.EnsureInstalledForUserAsync(AnId, default);

        Assert.Equal(graph.ChatIdFor(AnId), chatId);
        Assert.Single(graph.RequestsTo("POST", $"/users/{AnId}/teamwork/installedApps"));
    }

    [Fact]
    public async Task No_consent_gives_the_consent_reason()
    {
        graph.FailFor(AnId, HttpStatusCode.Forbidden);

        var error = await Assert.ThrowsAsync<GraphAccessException>(() => directory.EnsureInstalledForUserAsync(AnId, default));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal(GraphAccessException.InstallConsentMissing, error.Reason);
        Assert.Equal("Microsoft Graph refused: admin consent for TeamsAppInstallation.ReadWriteSelfForUser.All is missing or the app is blocked", error.Message);
        Assert.Equal("Forbidden", error.ErrorCode);
        Assert.NotNull(error.RequestId);
        Assert.Null(error.InnerException);
        Assert.False(graph.Installed(AnId));
    }

    [Fact]
    public async Task A_refused_user_look_up_names_the_user_read_permission()
    {
        graph.FailFor(AnUpn, HttpStatusCode.Forbidden);

        var error = await Assert.ThrowsAsync<GraphAccessException>(() => directory.FindUserAsync(AnUpn, default));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Contains("User.ReadBasic.All", error.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(AnUpn, error.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Installing_for_an_unknown_user_is_not_found()
    {
        var error = await Assert.ThrowsAsync<GraphAccessException>(() => directory.EnsureInstalledForUserAsync("00000000-0000-4000-8000-000000000000", default));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task Throttling_is_retried_after_the_time_graph_asks()
    {
        graph.FailFor(AnId, HttpStatusCode.TooManyRequests, times: 1, retryAfter: TimeSpan.FromSeconds(1));
        var clock = Stopwatch.StartNew();

        var chatId = await directory.EnsureInstalledForUserAsync(AnId, default);

        Assert.Equal(graph.ChatIdFor(AnId), chatId);
        Assert.Equal(2, graph.RequestsTo("POST", $"/users/{AnId}/teamwork/installedApps").Count);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"Retried after {clock.Elapsed}.");
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Unavailable_graph_is_retried(HttpStatusCode status)
    {
        graph.FailFor(AnUpn, status, times: 2);

        Assert.Equal(AnId, (await directory.FindUserAsync(AnUpn, default))?.ObjectId);
        Assert.Equal(3, graph.Requests.Count);
    }

    [Fact]
    public async Task A_retry_after_beyond_the_budget_is_reported_instead_of_waited_for()
    {
        graph.FailFor(AnId, HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromMinutes(1));
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<GraphAccessException>(() => directory.EnsureInstalledForUserAsync(AnId, default));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(1), error.RetryAfter);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"Took {clock.Elapsed}.");
    }

    [Fact]
    public async Task A_forbidden_answer_is_not_retried()
    {
        graph.FailFor(AnUpn, HttpStatusCode.Forbidden);

        await Assert.ThrowsAsync<GraphAccessException>(() => directory.FindUserAsync(AnUpn, default));

        Assert.Single(graph.Requests);
    }

    [Fact]
    public async Task The_catalog_id_is_looked_up_once_and_kept()
    {
        await directory.EnsureInstalledForUserAsync(AnId, default);
        await directory.EnsureInstalledForUserAsync(BramId, default);
        await directory.EnsureInstalledForUserAsync(AnId, default);

        var lookUp = Assert.Single(graph.RequestsTo("GET", "/appCatalogs/teamsApps"));
        Assert.Equal($"$filter=externalId eq '{graph.TeamsAppId}'", lookUp.Query);
    }

    [Fact]
    public async Task A_failed_catalog_look_up_is_not_kept()
    {
        graph.RespondNext(HttpStatusCode.Forbidden);

        var error = await Assert.ThrowsAsync<GraphAccessException>(() => directory.EnsureInstalledForUserAsync(AnId, default));
        Assert.Contains("AppCatalog.Read.All", error.Reason, StringComparison.Ordinal);

        Assert.Equal(graph.ChatIdFor(AnId), await directory.EnsureInstalledForUserAsync(AnId, default));
        Assert.Equal(2, graph.RequestsTo("GET", "/appCatalogs/teamsApps").Count);
    }

    [Fact]
    public async Task A_configured_catalog_id_needs_no_look_up()
    {
        var settings = GraphServices.For(graph);
        settings["Graph:CatalogAppId"] = graph.CatalogAppId;
        await using var configured = GraphServices.Build(settings);

        await configured.GetRequiredService<ITeamsDirectory>().EnsureInstalledForUserAsync(AnId, default);

        Assert.Empty(graph.RequestsTo("GET", "/appCatalogs/teamsApps"));
        Assert.True(graph.Installed(AnId));
    }

    [Fact]
    public async Task An_app_missing_from_the_catalog_is_reported()
    {
        graph.AppInCatalog = false;

        var error = await Assert.ThrowsAsync<GraphAccessException>(() => directory.EnsureInstalledForUserAsync(AnId, default));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Contains("not in the organisation's app catalog", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_credentials_no_token_is_sent()
    {
        await directory.EnsureInstalledForUserAsync(AnId, default);

        Assert.All(graph.Requests, r => Assert.Null(r.Authorization));
    }

    [Fact]
    public async Task An_object_id_must_be_a_guid()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => directory.EnsureInstalledForUserAsync(AnUpn, default));
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task The_callers_cancellation_stays_a_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => directory.EnsureInstalledForUserAsync(AnId, cancelled.Token));
    }
}
