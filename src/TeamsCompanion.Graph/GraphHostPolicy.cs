using System.Net;

namespace TeamsCompanion.Graph;

/// <summary>
/// Decides where Graph requests may go. The bot's Graph token can install apps for anyone in the
/// tenant, so it is only ever sent to Microsoft Graph itself; a loopback fake gets requests without a token.
/// </summary>
internal static class GraphHostPolicy
{
    // Global service and the national clouds (US Government L4, L5/DoD, China).
    internal static readonly string[] GraphHosts =
        ["graph.microsoft.com", "graph.microsoft.us", "dod-graph.microsoft.us", "microsoftgraph.chinacloudapi.cn"];

    public const string NeedsCredentials =
        "Microsoft Graph needs Bot:AppId and credentials; without them only a loopback Graph:BaseUrl named in Graph:AllowedHosts is used (for tests).";

    public const string TokenOnlyToGraph =
        "Microsoft Graph's token is sent only to Microsoft Graph over HTTPS; Graph:BaseUrl names another host.";

    /// <summary>Null when a request to <paramref name="uri"/> may be sent, else why not.</summary>
    public static string? Refusal(Uri uri, bool hasCredentials, IReadOnlyCollection<string> allowedHosts)
    {
        if (!uri.IsAbsoluteUri || uri.UserInfo.Length > 0)
        {
            return hasCredentials ? TokenOnlyToGraph : NeedsCredentials;
        }

        if (hasCredentials)
        {
            return uri.Scheme == Uri.UriSchemeHttps && IsGraphHost(uri.IdnHost) ? null : TokenOnlyToGraph;
        }

        var named = allowedHosts.Any(h => string.Equals(h.Trim('[', ']'), uri.IdnHost.Trim('[', ']'), StringComparison.OrdinalIgnoreCase));
        return IsLoopback(uri) && named && uri.Scheme is "http" or "https" ? null : NeedsCredentials;
    }

    public static bool IsGraphHost(string host) => GraphHosts.Contains(host, StringComparer.OrdinalIgnoreCase);

    public static bool IsLoopbackName(string host)
    {
        var bare = host.Trim('[', ']');
        return bare.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(bare, out var address) && IPAddress.IsLoopback(address));
    }

    private static bool IsLoopback(Uri uri) => uri.IsLoopback || IsLoopbackName(uri.Host);
}
