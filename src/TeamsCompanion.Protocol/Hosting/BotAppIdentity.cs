using Microsoft.Identity.Abstractions;

namespace TeamsCompanion.Protocol.Hosting;

/// <summary>
/// The bot's app registration as Microsoft.Identity.Web wants it, for every outbound token
/// (Bot Connector, Microsoft Graph): one credential, chosen in the order secret, certificate file,
/// certificate in the store, managed identity.
/// </summary>
public static class BotAppIdentity
{
    public static MicrosoftIdentityApplicationOptions Describe(BotOptions bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        return new MicrosoftIdentityApplicationOptions
        {
            Instance = bot.Authority.Replace("{tenant}", string.Empty, StringComparison.Ordinal).TrimEnd('/') + "/",
            TenantId = bot.TenantId,
            ClientId = bot.AppId,
            ClientCredentials = Credentials(bot).ToList(),
        };
    }

    public static AcquireTokenOptions AcquireOptions(BotOptions bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        return bot.UseManagedIdentity
            ? new AcquireTokenOptions { ManagedIdentity = new ManagedIdentityOptions { UserAssignedClientId = bot.AppId } }
            : new AcquireTokenOptions();
    }

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
