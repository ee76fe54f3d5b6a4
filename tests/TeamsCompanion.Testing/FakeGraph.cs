using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TeamsCompanion.Testing;

/// <summary>One request the fake Graph received.</summary>
/// <param name="Path">The path below the version (<c>/users/…</c>), each segment unescaped.</param>
/// <param name="Query">The query string unescaped, without the leading <c>?</c>.</param>
/// <param name="RawTarget">The request target exactly as sent, escaping included.</param>
public sealed record GraphRequest(string Method, string Path, string Query, string RawTarget, string? Authorization, JsonNode? Body);

/// <summary>
/// Microsoft Graph on a real loopback port, for what the bot asks of it: users by UPN or object id,
/// the org app catalog, installing the bot for a user and the personal chat that installation opens, and a
/// group's user members in pages (<see cref="GroupPageSize"/>) with <c>@odata.nextLink</c>.
/// It records every request; a test can make one user's or group's requests fail (403, 404, 429…).
/// </summary>
/// <example>
/// <code>
/// await using var graph = await FakeGraph.StartAsync();
/// graph.AddUser("5f0c…", "an.jansen@example.nl", "An Jansen");
/// // configure Graph:BaseUrl = graph.BaseUrl, Graph:AllowedHosts:0 = graph.Host, Graph:TeamsAppId = graph.TeamsAppId
/// Assert.True(graph.Installed("5f0c…"));
/// </code>
/// </example>
public sealed partial class FakeGraph : IAsyncDisposable
{
    /// <summary>The manifest id the fake's catalog knows, unless another is given to <see cref="StartAsync"/>.</summary>
    public const string DefaultTeamsAppId = "0c7e1f3a-5b2d-4e8f-9a61-7d3c2b1e0f42";

    public const string DefaultCatalogAppId = "e2a9c4b7-1d38-4f65-8c0e-3b7a6d5f9e21";

    private readonly WebApplication app;
    private readonly Lock gate = new();
    private readonly Dictionary<string, FakeUser> users = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> installed = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<FakeMember>> groups = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Failure> failures = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<GraphRequest> requests = new();
    private readonly ConcurrentQueue<Failure> next = new();

    private FakeGraph(WebApplication app, string teamsAppId, string catalogAppId)
    {
        this.app = app;
        TeamsAppId = teamsAppId;
        CatalogAppId = catalogAppId;
    }

    /// <summary>Graph's root for <c>Graph:BaseUrl</c>, such as <c>http://127.0.0.1:5123/v1.0</c>.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The host to name in <c>Graph:AllowedHosts</c>.</summary>
    public string Host => new Uri(BaseUrl).Host;

    /// <summary>The bot's manifest id, the catalog's <c>externalId</c>: for <c>Graph:TeamsAppId</c>.</summary>
    public string TeamsAppId { get; }

    /// <summary>The bot's id in the org app catalog: for <c>Graph:CatalogAppId</c>, or found by looking up <see cref="TeamsAppId"/>.</summary>
    public string CatalogAppId { get; }

    /// <summary>False: the catalog does not have the bot's app (not uploaded by the organisation).</summary>
    public bool AppInCatalog { get; set; } = true;

    public IReadOnlyCollection<GraphRequest> Requests => requests;

    /// <summary>The most members in one page of a group's members (Graph's own limit is 999; <c>$top</c> may ask for fewer).</summary>
    public int GroupPageSize { get; set; } = 100;

    public static async Task<FakeGraph> StartAsync(string teamsAppId = DefaultTeamsAppId, string catalogAppId = DefaultCatalogAppId)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var graph = new FakeGraph(app, teamsAppId, catalogAppId);
        app.Map("/v1.0/{**rest}", graph.HandleSafelyAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        graph.BaseUrl = address.TrimEnd('/') + "/v1.0";
        return graph;
    }

    /// <summary>A user Graph knows, found by object id or UPN (case-insensitive); <paramref name="installed"/> if the bot is already installed for them.</summary>
    public FakeGraph AddUser(string objectId, string userPrincipalName, string? displayName = null, bool installed = false)
    {
        lock (gate)
        {
            var user = new FakeUser(objectId, userPrincipalName, displayName);
            users[objectId] = user;
            users[userPrincipalName] = user;
            if (installed)
            {
                this.installed.Add(objectId);
            }
        }

        return this;
    }

    /// <summary>
    /// A user member of the group (<c>transitiveMembers</c>: nested groups are already flattened here), known to Graph as a user too.
    /// <paramref name="userType"/> and <paramref name="accountEnabled"/> null: Graph leaves them out, as without User.Read.All.
    /// </summary>
    public FakeGraph AddGroupMember(string groupId, string objectId, string? userType = "Member", bool? accountEnabled = true, bool installed = false)
    {
        AddUser(objectId, $"{objectId}@minbzk.example", installed: installed);
        lock (gate)
        {
            if (!groups.TryGetValue(groupId, out var members))
            {
                groups[groupId] = members = [];
            }

            members.Add(new FakeMember(objectId, userType, accountEnabled));
        }

        return this;
    }

    /// <summary>Whether the bot's app is installed for the user (by a test or through Graph).</summary>
    public bool Installed(string objectId)
    {
        lock (gate)
        {
            return installed.Contains(objectId);
        }
    }

    /// <summary>The id of the personal chat between the user and the bot, as Graph returns it.</summary>
    public string ChatIdFor(string objectId) => $"19:{objectId.ToLowerInvariant()}_{CatalogAppId}@unq.gbl.spaces";

    /// <summary>
    /// Requests about this user (by object id or UPN), or this group (by object id), are answered with <paramref name="status"/>, the next
    /// <paramref name="times"/> of them (all, by default); 429 and 503 carry <paramref name="retryAfter"/> when given.
    /// </summary>
    public FakeGraph FailFor(string userObjectIdOrUpn, HttpStatusCode status, int times = int.MaxValue, TimeSpan? retryAfter = null)
    {
        lock (gate)
        {
            var key = users.TryGetValue(userObjectIdOrUpn, out var user) ? user.ObjectId : userObjectIdOrUpn;
            failures[key] = new Failure(status, times, retryAfter);
        }

        return this;
    }

    /// <summary>The next request, whatever it asks for, is answered with <paramref name="status"/>.</summary>
    public void RespondNext(HttpStatusCode status, TimeSpan? retryAfter = null) => next.Enqueue(new Failure(status, 1, retryAfter));

    /// <summary>Only the requests whose method and path match, such as <c>("POST", "/users/{id}/teamwork/installedApps")</c>.</summary>
    public IReadOnlyList<GraphRequest> RequestsTo(string method, string path) =>
        [.. requests.Where(r => r.Method == method && string.Equals(r.Path, path, StringComparison.OrdinalIgnoreCase))];

    public void Clear() => requests.Clear();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    // A fault in the fake itself must show in the test output, not only as Graph's 500.
    private async Task HandleSafelyAsync(HttpContext context)
    {
        try
        {
            await HandleAsync(context);
        }
        catch (Exception e)
        {
            await Console.Error.WriteLineAsync($"FakeGraph: {context.Request.Method} {context.Request.Path} (Content-Type {context.Request.ContentType}, Content-Encoding {context.Request.Headers.ContentEncoding}, length {context.Request.ContentLength}) failed: {e}");
            throw;
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? string.Empty;
        var rawPath = rawTarget.Split('?')[0];
        var segments = rawPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(Uri.UnescapeDataString).ToArray();
        var query = Uri.UnescapeDataString(context.Request.QueryString.Value?.TrimStart('?') ?? string.Empty);
        JsonNode? body = null;
        string? unreadable = null;
        if (context.Request.ContentLength is > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            try
            {
                // Graph's OData reader refuses a property given twice; so does the fake.
                body = await JsonNode.ParseAsync(context.Request.Body, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false });
            }
            catch (JsonException e)
            {
                unreadable = e.Message;
            }
        }

        requests.Enqueue(new GraphRequest(
            context.Request.Method,
            "/" + string.Join('/', segments),
            query,
            rawTarget,
            context.Request.Headers.Authorization.FirstOrDefault(),
            body));

        if (unreadable is not null)
        {
            await FailAsync(context, HttpStatusCode.BadRequest, null, $"The request body is not valid JSON: {unreadable}");
            return;
        }

        if (next.TryDequeue(out var scripted) || TakeFailure(segments, out scripted))
        {
            await FailAsync(context, scripted.Status, scripted.RetryAfter);
            return;
        }

        var method = context.Request.Method;
        await (segments switch
        {
            ["users", var id] when method == "GET" => GetUserAsync(context, id),
            ["users", var id, "teamwork", "installedApps"] when method == "POST" => InstallAsync(context, id, body),
            ["users", var id, "teamwork", "installedApps"] when method == "GET" => ListInstalledAsync(context, id, context.Request.Query["$filter"].ToString()),
            ["users", var id, "teamwork", "installedApps", var installation, "chat"] when method == "GET" => GetChatAsync(context, id, installation),
            ["groups", var id, "transitiveMembers", "microsoft.graph.user" or "graph.user"] when method == "GET" => ListGroupUsersAsync(context, id),
            ["appCatalogs", "teamsApps"] when method == "GET" => ListCatalogAsync(context, context.Request.Query["$filter"].ToString()),
            _ => FailAsync(context, HttpStatusCode.NotFound, null),
        });
    }

    private Task GetUserAsync(HttpContext context, string key)
    {
        var user = Find(key);
        return user is null
            ? FailAsync(context, HttpStatusCode.NotFound, null)
            : context.Response.WriteAsJsonAsync(new JsonObject
            {
                ["@odata.context"] = $"{BaseUrl}/$metadata#users/$entity",
                ["id"] = user.ObjectId,
                ["displayName"] = user.DisplayName,
                ["userPrincipalName"] = user.UserPrincipalName,
            });
    }

    private Task InstallAsync(HttpContext context, string key, JsonNode? body)
    {
        var user = Find(key);
        var bind = body?["teamsApp@odata.bind"]?.GetValue<string>();
        if (user is null || bind is null || !AppInCatalog
            || !bind.EndsWith($"/appCatalogs/teamsApps/{CatalogAppId}", StringComparison.OrdinalIgnoreCase))
        {
            return FailAsync(context, user is null || bind is not null ? HttpStatusCode.NotFound : HttpStatusCode.BadRequest, null);
        }

        lock (gate)
        {
            if (!installed.Add(user.ObjectId))
            {
                return FailAsync(context, HttpStatusCode.Conflict, null);
            }
        }

        // Graph answers 201 with no body.
        context.Response.StatusCode = StatusCodes.Status201Created;
        return Task.CompletedTask;
    }

    private Task ListInstalledAsync(HttpContext context, string key, string filter)
    {
        var user = Find(key);
        if (user is null)
        {
            return FailAsync(context, HttpStatusCode.NotFound, null);
        }

        var wanted = TeamsAppIdFilter().Match(filter);
        var value = new JsonArray();
        if (Installed(user.ObjectId) && (!wanted.Success || string.Equals(wanted.Groups[1].Value, CatalogAppId, StringComparison.OrdinalIgnoreCase)))
        {
            var installation = new JsonObject { ["id"] = InstallationId(user.ObjectId) };
            if (context.Request.Query["$expand"].ToString().Contains("teamsApp", StringComparison.Ordinal))
            {
                installation["teamsApp"] = CatalogApp();
            }

            value.Add(installation);
        }

        return context.Response.WriteAsJsonAsync(new JsonObject { ["value"] = value });
    }

    private Task GetChatAsync(HttpContext context, string key, string installationId)
    {
        var user = Find(key);
        return user is null || !Installed(user.ObjectId) || installationId != InstallationId(user.ObjectId)
            ? FailAsync(context, HttpStatusCode.NotFound, null)
            : context.Response.WriteAsJsonAsync(new JsonObject
            {
                ["id"] = ChatIdFor(user.ObjectId),
                ["chatType"] = "oneOnOne",
                ["createdDateTime"] = "2025-01-06T09:00:00Z",
            });
    }

    private Task ListGroupUsersAsync(HttpContext context, string groupId)
    {
        List<FakeMember> members;
        lock (gate)
        {
            if (!groups.TryGetValue(groupId, out var known))
            {
                return FailAsync(context, HttpStatusCode.NotFound, null);
            }

            members = [.. known];
        }

        var top = int.TryParse(context.Request.Query["$top"], CultureInfo.InvariantCulture, out var asked) ? Math.Min(asked, GroupPageSize) : GroupPageSize;
        var skip = int.TryParse(context.Request.Query["$skiptoken"], CultureInfo.InvariantCulture, out var token) ? token : 0;
        var select = context.Request.Query["$select"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries);
        var value = new JsonArray();
        foreach (var member in members.Skip(skip).Take(top))
        {
            var user = new JsonObject { ["@odata.type"] = "#microsoft.graph.user", ["id"] = member.ObjectId };
            if (select.Contains("userType") && member.UserType is not null)
            {
                user["userType"] = member.UserType;
            }

            if (select.Contains("accountEnabled") && member.AccountEnabled is { } enabled)
            {
                user["accountEnabled"] = enabled;
            }

            value.Add(user);
        }

        var page = new JsonObject { ["@odata.context"] = $"{BaseUrl}/$metadata#users(id,userType,accountEnabled)", ["value"] = value };
        if (skip + top < members.Count)
        {
            // Like Graph's: the whole query again with an opaque skip token.
            page["@odata.nextLink"] = $"{BaseUrl}/groups/{groupId}/transitiveMembers/microsoft.graph.user?$select={string.Join(',', select)}&$top={top}&$skiptoken={skip + top}";
        }

        return context.Response.WriteAsJsonAsync(page);
    }

    private Task ListCatalogAsync(HttpContext context, string filter)
    {
        var wanted = ExternalIdFilter().Match(filter);
        var value = new JsonArray();
        if (AppInCatalog && (!wanted.Success || string.Equals(wanted.Groups[1].Value, TeamsAppId, StringComparison.OrdinalIgnoreCase)))
        {
            value.Add(CatalogApp());
        }

        return context.Response.WriteAsJsonAsync(new JsonObject { ["value"] = value });
    }

    private JsonObject CatalogApp() => new()
    {
        ["id"] = CatalogAppId,
        ["externalId"] = TeamsAppId,
        ["displayName"] = "TeamsCompanion",
        ["distributionMethod"] = "organization",
    };

    // Like Graph's: base64 with '=' padding, which the client must escape in the path.
    private string InstallationId(string objectId) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{objectId.ToLowerInvariant()}##{CatalogAppId}"));

    private FakeUser? Find(string key)
    {
        lock (gate)
        {
            return users.GetValueOrDefault(key);
        }
    }

    private bool TakeFailure(string[] segments, out Failure failure)
    {
        failure = default;
        if (segments is not ["users" or "groups", var key, ..])
        {
            return false;
        }

        lock (gate)
        {
            var id = users.TryGetValue(key, out var user) ? user.ObjectId : key;
            if (!failures.TryGetValue(id, out failure))
            {
                return false;
            }

            if (failure.Times <= 1)
            {
                failures.Remove(id);
            }
            else if (failure.Times != int.MaxValue)
            {
                failures[id] = failure with { Times = failure.Times - 1 };
            }

            return true;
        }
    }

    private static Task FailAsync(HttpContext context, HttpStatusCode status, TimeSpan? retryAfter, string message = "Answered by FakeGraph.")
    {
        context.Response.StatusCode = (int)status;
        context.Response.Headers["request-id"] = Guid.NewGuid().ToString();
        if (retryAfter is { } delay)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(delay.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        var code = status switch
        {
            HttpStatusCode.Forbidden => "Forbidden",
            HttpStatusCode.NotFound => "Request_ResourceNotFound",
            HttpStatusCode.Conflict => "Conflict",
            HttpStatusCode.TooManyRequests => "TooManyRequests",
            HttpStatusCode.Unauthorized => "InvalidAuthenticationToken",
            HttpStatusCode.BadRequest => "BadRequest",
            _ => "generalException",
        };
        return context.Response.WriteAsJsonAsync(new JsonObject
        {
            ["error"] = new JsonObject { ["code"] = code, ["message"] = message },
        });
    }

    [GeneratedRegex(@"teamsApp/id eq '([^']*)'")]
    private static partial Regex TeamsAppIdFilter();

    [GeneratedRegex(@"externalId eq '([^']*)'")]
    private static partial Regex ExternalIdFilter();

    private sealed record FakeMember(string ObjectId, string? UserType, bool? AccountEnabled);

    private sealed record FakeUser(string ObjectId, string UserPrincipalName, string? DisplayName);

    private readonly record struct Failure(HttpStatusCode Status, int Times, TimeSpan? RetryAfter);
}
