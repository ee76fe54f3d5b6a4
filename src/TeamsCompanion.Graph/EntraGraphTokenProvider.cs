using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Abstractions;
using Microsoft.Identity.Web;
using TeamsCompanion.Protocol.Hosting;

namespace TeamsCompanion.Graph;

/// <summary>
/// Gets app tokens for Graph from Entra through Microsoft.Identity.Web (MSAL) with the bot's own app
/// registration and credential, described the same way as the connector's token provider does.
/// MSAL caches the token until shortly before it expires.
/// </summary>
internal sealed class EntraGraphTokenProvider(ITokenAcquirerFactory factory, IOptionsMonitor<BotOptions> options, IOptions<GraphOptions> graph) : IGraphTokenProvider
{
    private readonly Lazy<ITokenAcquirer> acquirer = new(() => factory.GetTokenAcquirer(BotAppIdentity.Describe(options.Get(GraphServiceCollectionExtensions.BotIdentity))));

    public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var bot = options.Get(GraphServiceCollectionExtensions.BotIdentity);
        var acquireOptions = BotAppIdentity.AcquireOptions(bot);
        try
        {
            var result = await acquirer.Value.GetTokenForAppAsync(Scope(graph.Value), acquireOptions, cancellationToken);
            return result.AccessToken ?? throw new InvalidOperationException("Entra returned no access token.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // MSAL's messages can name the tenant and app; the reason stays generic and the inner exception keeps the detail.
            throw new GraphAccessException(
                HttpStatusCode.Unauthorized,
                "The bot could not get a token for Microsoft Graph: check Bot:AppId, Bot:TenantId, Bot:Authority and the credential.",
                innerException: e);
        }
    }

    // A national cloud's Graph accepts only tokens for its own resource; the host is checked to be Graph's before any token is sent.
    internal static string Scope(GraphOptions graph) =>
        Uri.TryCreate(graph.BaseUrl, UriKind.Absolute, out var uri) && GraphHostPolicy.IsGraphHost(uri.IdnHost)
            ? $"https://{uri.IdnHost.ToLowerInvariant()}/.default"
            : "https://graph.microsoft.com/.default";
}
