namespace TeamsCompanion.Graph;

/// <summary>The <c>Graph</c> configuration section. Credentials come from the <c>Bot</c> section: Graph is called as the bot.</summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    /// <summary>Microsoft Graph's root, version included. A national cloud's Graph host is allowed too.</summary>
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>The manifest id of the bot's Teams app (<c>externalId</c> in the organisation's app catalog).</summary>
    public string? TeamsAppId { get; set; }

    /// <summary>
    /// The app's id in the organisation's app catalog. When empty it is looked up once from <see cref="TeamsAppId"/>,
    /// which needs the AppCatalog.Read.All permission; setting it saves that permission and a request.
    /// </summary>
    public string? CatalogAppId { get; set; }

    /// <summary>
    /// Loopback hosts (<c>127.0.0.1</c>, <c>localhost</c>, <c>::1</c>) that <see cref="BaseUrl"/> may name, for tests
    /// and development without credentials. Nothing else may be listed: tokens go to Microsoft Graph only.
    /// </summary>
    public List<string> AllowedHosts { get; set; } = [];
}
