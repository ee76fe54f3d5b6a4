using System.ComponentModel.DataAnnotations;

namespace TeamsCompanion.Protocol.Hosting;

/// <summary>The <c>Bot</c> configuration section.</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>The Entra app id of the bot. Empty means development mode: no tokens in or out, loopback only.</summary>
    public string? AppId { get; set; }

    /// <summary>The bot's own Entra tenant (single-tenant bot).</summary>
    public string? TenantId { get; set; }

    /// <summary>Tenants whose activities the bot serves. Empty is accepted only in Development.</summary>
    public List<string> AllowedTenants { get; set; } = [];

    /// <summary>
    /// App ids that may call the bot with an Entra token (the token's <c>azp</c>/<c>appid</c>). Empty
    /// means the bot's own app id only.
    /// </summary>
    public List<string> AllowedCallers { get; set; } = [];

    /// <summary>Channels the bot answers: Teams, and Outlook / Microsoft 365 for the message extension.</summary>
    public List<string> AllowedChannels { get; set; } = ["msteams", "m365extensions", "outlook"];

    /// <summary>Client secret of the app registration (prefer a certificate or managed identity in production).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Path to a PFX certificate file for the app registration.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Thumbprint of a certificate in the CurrentUser/My store.</summary>
    public string? CertificateThumbprint { get; set; }

    /// <summary>Use a managed identity (the bot's app id is then the identity's client id).</summary>
    public bool UseManagedIdentity { get; set; }

    /// <summary>
    /// Extra connector hosts (suffixes) besides the Teams and Bot Framework hosts. A loopback host
    /// named here (<c>127.0.0.1</c>, <c>localhost</c>) is allowed over plain HTTP, for local test connectors.
    /// </summary>
    public List<string> AllowedServiceHosts { get; set; } = [];

    [Range(1024, 64L * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 8L * 1024 * 1024;

    [Required]
    public string BotFrameworkOpenIdMetadataUrl { get; set; } = DefaultBotFrameworkMetadata;

    /// <summary>Metadata for Entra-issued tokens (single-tenant bots); its keys sign those tokens.</summary>
    [Required]
    public string EntraOpenIdMetadataUrl { get; set; } = DefaultEntraMetadata;

    /// <summary>The authority that issues the bot's outbound tokens; <c>{tenant}</c> is replaced by <see cref="TenantId"/>.</summary>
    public string Authority { get; set; } = "https://login.microsoftonline.com/{tenant}";

    public bool HasCredentials => !string.IsNullOrWhiteSpace(AppId);

    public const string DefaultBotFrameworkMetadata = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public const string DefaultEntraMetadata = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";
}
