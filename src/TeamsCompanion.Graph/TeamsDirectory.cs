using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace TeamsCompanion.Graph;

/// <summary><see cref="ITeamsDirectory"/> over the Microsoft Graph SDK.</summary>
internal sealed class TeamsDirectory(GraphClients clients, TeamsAppCatalog catalog, ILogger<TeamsDirectory> logger) : ITeamsDirectory
{
    /// <summary>For a whole operation, retries included: a hand-over waits on it and Teams gives a turn about 15 seconds.</summary>
    internal static readonly TimeSpan Budget = TimeSpan.FromSeconds(15);

    /// <summary>The most members Graph gives in one page of <c>transitiveMembers</c>.</summary>
    internal const int PageSize = 999;

    // The SDK's own template for /users/{id}/teamwork/installedApps.
    private const string InstalledAppsTemplate = "{+baseurl}/users/{user%2Did}/teamwork/installedApps";

    private static readonly Dictionary<string, ParsableFactory<IParsable>> ODataErrors = new()
    {
        ["XXX"] = ODataError.CreateFromDiscriminatorValue,
    };

    public async Task<DirectoryUser?> FindUserAsync(string upnOrObjectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(upnOrObjectId);
        var key = upnOrObjectId.Trim();

        // Anything else would be read by Graph as a function of /users (such as "delta"), not as a user.
        if (!Guid.TryParse(key, out _) && !key.Contains('@', StringComparison.Ordinal))
        {
            return null;
        }

        return await WithinBudgetAsync(null, token => FindAsync(key, token), cancellationToken);
    }

    public async Task<string> EnsureInstalledForUserAsync(string userObjectId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(userObjectId, out _))
        {
            throw new ArgumentException("An Entra object id (a GUID) is expected.", nameof(userObjectId));
        }

        var userId = userObjectId.Trim();
        return await WithinBudgetAsync(userId, token => EnsureAsync(userId, token), cancellationToken);
    }

    public async IAsyncEnumerable<GroupMember> ListGroupUsersAsync(string groupObjectId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(groupObjectId, out _))
        {
            throw new ArgumentException("An Entra object id (a GUID) is expected.", nameof(groupObjectId));
        }

        using var client = clients.Create();
        var users = client.Groups[groupObjectId.Trim()].TransitiveMembers.GraphUser;
        string? nextLink = null;
        do
        {
            // Graph's nextLink is absolute; the authenticator checks its host like any other request's,
            // so a page link elsewhere never gets the bot's token.
            var link = nextLink;
            var page = await WithinBudgetAsync(
                null,
                token => GraphCall.SendAsync(
                    GraphStep.ListGroupMembers,
                    innerToken => link is null
                        ? users.GetAsync(
                            r =>
                            {
                                r.QueryParameters.Select = ["id", "userType", "accountEnabled"];
                                r.QueryParameters.Top = PageSize;
                            },
                            innerToken)
                        : users.WithUrl(link).GetAsync(cancellationToken: innerToken),
                    token),
                cancellationToken);
            foreach (var user in page?.Value ?? [])
            {
                if (user.Id is { Length: > 0 } id)
                {
                    yield return new GroupMember(id, user.UserType, user.AccountEnabled);
                }
            }

            nextLink = string.IsNullOrEmpty(page?.OdataNextLink) ? null : page.OdataNextLink;
        }
        while (nextLink is not null);
    }

    private async Task<DirectoryUser?> FindAsync(string key, CancellationToken cancellationToken)
    {
        using var client = clients.Create();
        try
        {
            var user = await GraphCall.SendAsync(
                GraphStep.FindUser,
                token => client.Users[key].GetAsync(r => r.QueryParameters.Select = ["id", "displayName", "userPrincipalName"], token),
                cancellationToken);
            return user?.Id is { Length: > 0 } id ? new DirectoryUser(id, user.DisplayName, user.UserPrincipalName) : null;
        }
        catch (GraphAccessException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private async Task<string> EnsureAsync(string userId, CancellationToken cancellationToken)
    {
        using var client = clients.Create();
        var catalogId = await catalog.GetCatalogIdAsync(client, cancellationToken);
        var installedApps = client.Users[userId].Teamwork.InstalledApps;

        if (await InstallAsync(client, userId, catalogId, cancellationToken))
        {
            GraphLog.Installed(logger, userId);
        }
        else
        {
            GraphLog.AlreadyInstalled(logger, userId);
        }

        var installations = await GraphCall.SendAsync(
            GraphStep.ListInstallations,
            token => installedApps.GetAsync(
                r =>
                {
                    r.QueryParameters.Expand = ["teamsApp"];
                    r.QueryParameters.Filter = $"teamsApp/id eq '{catalogId.Replace("'", "''", StringComparison.Ordinal)}'";
                },
                token),
            cancellationToken);
        var installationId = installations?.Value?.Select(i => i.Id).FirstOrDefault(id => !string.IsNullOrEmpty(id))
            ?? throw new GraphAccessException(HttpStatusCode.NotFound, "Microsoft Graph lists no installation of the bot for the user although the install was accepted.");

        var chat = await GraphCall.SendAsync(
            GraphStep.GetChat,
            token => installedApps[installationId].Chat.GetAsync(cancellationToken: token),
            cancellationToken);
        return chat?.Id is { Length: > 0 } chatId
            ? chatId
            : throw new GraphAccessException(HttpStatusCode.NotFound, "Microsoft Graph returned no personal chat for the bot's installation.");
    }

    /// <summary>True when Graph installed the app now, false when it was there already (409).</summary>
    private async Task<bool> InstallAsync(GraphServiceClient client, string userId, string catalogId, CancellationToken cancellationToken)
    {
        // Exactly the documented body, a bind to the catalog app and nothing else. Written here, not by the
        // SDK's model: its backing store sends a property set to null as "@odata.type": null.
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string>
        {
            ["teamsApp@odata.bind"] = $"{clients.BaseUrl}/appCatalogs/teamsApps/{catalogId}",
        });
        try
        {
            await GraphCall.SendAsync<object>(
                GraphStep.Install,
                async token =>
                {
                    var request = new RequestInformation(Method.POST, InstalledAppsTemplate, new Dictionary<string, object>
                    {
                        ["baseurl"] = clients.BaseUrl,
                        ["user%2Did"] = userId,
                    });
                    request.Headers.TryAdd("Accept", "application/json");
                    request.SetStreamContent(new MemoryStream(body, writable: false), "application/json");
                    await client.RequestAdapter.SendNoContentAsync(request, ODataErrors, token);
                    return null;
                },
                cancellationToken);
            return true;
        }
        catch (GraphAccessException e) when (e.StatusCode == HttpStatusCode.Conflict)
        {
            return false;
        }
    }

    private async Task<T> WithinBudgetAsync<T>(string? userObjectId, Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(Budget);
        try
        {
            return await operation(budget.Token);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            var timedOut = new GraphAccessException(null, GraphCall.TimedOut, innerException: e);
            GraphLog.Failed(logger, timedOut.Reason, null, null, null, userObjectId);
            throw timedOut;
        }
        catch (GraphAccessException e)
        {
            GraphLog.Failed(logger, e.Reason, (int?)e.StatusCode, e.ErrorCode, e.RequestId, userObjectId);
            throw;
        }
    }
}
