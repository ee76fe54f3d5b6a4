using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using TeamsCompanion.Protocol.Hosting;

namespace TeamsCompanion.Graph;

/// <summary>
/// Checks every Graph request's host before anything is sent, then adds the bot's token when the bot
/// has credentials. Kiota calls this for each request, so a host check here covers them all.
/// </summary>
internal sealed class GraphRequestAuthenticator(IGraphTokenProvider tokens, IOptionsMonitor<BotOptions> bot, IOptions<GraphOptions> graph) : IAuthenticationProvider
{
    public async Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var hasCredentials = bot.Get(GraphServiceCollectionExtensions.BotIdentity).HasCredentials;
        if (GraphHostPolicy.Refusal(request.URI, hasCredentials, graph.Value.AllowedHosts) is { } refusal)
        {
            throw new GraphAccessException(null, refusal);
        }

        request.Headers.Remove("Authorization");
        if (hasCredentials)
        {
            request.Headers.Add("Authorization", "Bearer " + await tokens.GetAccessTokenAsync(cancellationToken));
        }
    }
}
