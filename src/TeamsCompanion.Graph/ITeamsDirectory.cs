namespace TeamsCompanion.Graph;

/// <summary>What the bot needs from Microsoft Graph.</summary>
public interface ITeamsDirectory
{
    /// <summary>Resolves a UPN or an object id. Null when the user does not exist (Graph 404).</summary>
    /// <exception cref="GraphAccessException">Graph refused (403, 401), throttled past the budget or could not be reached.</exception>
    Task<DirectoryUser?> FindUserAsync(string upnOrObjectId, CancellationToken cancellationToken);

    /// <summary>
    /// Makes sure the bot's Teams app is installed for the user (<c>POST /users/{id}/teamwork/installedApps</c>;
    /// 409 Conflict means already installed) and returns the id of the personal chat between the user and the bot
    /// (<c>GET /users/{id}/teamwork/installedApps?$expand=teamsApp&amp;$filter=teamsApp/id eq '{catalogId}'</c>, then
    /// <c>GET .../installedApps/{installationId}/chat</c>).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="userObjectId"/> is not an Entra object id (a GUID).</exception>
    /// <exception cref="GraphAccessException">Graph refused, found no such user, or could not be reached in time.</exception>
    Task<string> EnsureInstalledForUserAsync(string userObjectId, CancellationToken cancellationToken);

    /// <summary>
    /// The group's user members, direct and through nested groups
    /// (<c>GET /groups/{id}/transitiveMembers/microsoft.graph.user?$select=id,userType,accountEnabled</c>),
    /// following <c>@odata.nextLink</c> page by page. Each page is one request within the retry budget.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="groupObjectId"/> is not an Entra object id (a GUID).</exception>
    /// <exception cref="GraphAccessException">
    /// Graph refused (403: GroupMember.Read.All is missing), found no such group, throttled past the budget or could not be reached.
    /// </exception>
    IAsyncEnumerable<GroupMember> ListGroupUsersAsync(string groupObjectId, CancellationToken cancellationToken);
}
