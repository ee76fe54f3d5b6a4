using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TeamsCompanion.Protocol.Hosting;

namespace TeamsCompanion.Protocol.Connector;

/// <summary>
/// Decides which hosts may receive the bot's connector calls (and so its token). A forged
/// <c>serviceUrl</c> must not turn the bot into a way to send tokens or requests elsewhere.
/// </summary>
public sealed class ServiceUrlPolicy(IOptions<BotOptions> options, IHostEnvironment environment)
{
    // Public cloud, GCC (teams.microsoft.com) and GCC High/DoD (teams.microsoft.us) connector hosts.
    private static readonly string[] TeamsHostSuffixes =
        ["botframework.com", "smba.trafficmanager.net", "teams.microsoft.com", "teams.microsoft.us"];

    public bool IsAllowed(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || uri.UserInfo.Length > 0)
        {
            return false;
        }

        var bot = options.Value;
        if (IsLoopback(uri))
        {
            // The Agents Playground runs here in a development run without credentials; a connector on
            // this machine otherwise only when named in Bot:AllowedServiceHosts. Never Teams itself.
            var named = bot.AllowedServiceHosts.Any(h => HostMatches(uri.IdnHost, h.Trim('[', ']')));
            return ((environment.IsDevelopment() && !bot.HasCredentials) || named) && uri.Scheme is "http" or "https";
        }

        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }

        var host = uri.IdnHost;
        return TeamsHostSuffixes.Concat(bot.AllowedServiceHosts).Any(suffix => HostMatches(host, suffix));
    }

    public void EnsureAllowed(string serviceUrl)
    {
        if (!IsAllowed(serviceUrl))
        {
            throw new ServiceUrlNotAllowedException(serviceUrl);
        }
    }

    private static bool HostMatches(string host, string suffix) =>
        host.Equals(suffix, StringComparison.OrdinalIgnoreCase)
        || host.EndsWith("." + suffix, StringComparison.OrdinalIgnoreCase);

    internal static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
