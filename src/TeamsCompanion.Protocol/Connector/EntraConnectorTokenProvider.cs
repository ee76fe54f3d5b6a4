using Microsoft.Extensions.Options;
using Microsoft.Identity.Abstractions;
using Microsoft.Identity.Web;
using TeamsCompanion.Protocol.Hosting;

namespace TeamsCompanion.Protocol.Connector;

/// <summary>
/// Gets app tokens for the Bot Connector from Entra through Microsoft.Identity.Web (MSAL), with a
/// client secret, a certificate or a managed identity. MSAL caches the token until shortly before it expires.
/// </summary>
internal sealed class EntraConnectorTokenProvider(ITokenAcquirerFactory factory, IOptions<BotOptions> options) : IConnectorTokenProvider
{
    private const string ConnectorScope = "https://api.botframework.com/.default";
    private readonly Lazy<ITokenAcquirer> acquirer = new(() => factory.GetTokenAcquirer(BotAppIdentity.Describe(options.Value)));

    public async Task<string?> GetAuthorizationHeaderAsync(CancellationToken cancellationToken)
    {
        var bot = options.Value;
        var acquireOptions = BotAppIdentity.AcquireOptions(bot);
        var result = await acquirer.Value.GetTokenForAppAsync(ConnectorScope, acquireOptions, cancellationToken);
        return "Bearer " + result.AccessToken;
    }
}
