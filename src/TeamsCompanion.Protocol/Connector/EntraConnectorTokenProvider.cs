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
    private readonly Lazy<ITokenAcquirer> acquirer = new(() => factory.GetTokenAcquirer(Describe(options.Value)));

    public async Task<string?> GetAuthorizationHeaderAsync(CancellationToken cancellationToken)
    {
        var bot = options.Value;
        var acquireOptions = bot.UseManagedIdentity
            ? new AcquireTokenOptions { ManagedIdentity = new ManagedIdentityOptions { UserAssignedClientId = bot.AppId } }
            : new AcquireTokenOptions();
        var result = await acquirer.Value.GetTokenForAppAsync(ConnectorScope, acquireOptions, cancellationToken);
        return "Bearer " + result.AccessToken;
    }

    private static MicrosoftIdentityApplicationOptions Describe(BotOptions bot) => new()
    {
        Instance = bot.Authority.Replace("{tenant}", string.Empty, StringComparison.Ordinal).TrimEnd('/') + "/",
        TenantId = bot.TenantId,
        ClientId = bot.AppId,
        ClientCredentials = Credentials(bot).ToList(),
    };

    private static IEnumerable<CredentialDescription> Credentials(BotOptions bot)
    {
        if (!string.IsNullOrWhiteSpace(bot.ClientSecret))
        {
            yield return new CredentialDescription { SourceType = CredentialSource.ClientSecret, ClientSecret = bot.ClientSecret };
        }
        else if (!string.IsNullOrWhiteSpace(bot.CertificatePath))
        {
            yield return new CredentialDescription
            {
                SourceType = CredentialSource.Path,
                CertificateDiskPath = bot.CertificatePath,
                CertificatePassword = bot.CertificatePassword,
            };
        }
        else if (!string.IsNullOrWhiteSpace(bot.CertificateThumbprint))
        {
            yield return new CredentialDescription
            {
                SourceType = CredentialSource.StoreWithThumbprint,
                CertificateStorePath = "CurrentUser/My",
                CertificateThumbprint = bot.CertificateThumbprint,
            };
        }
    }
}
