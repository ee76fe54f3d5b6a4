using System.Collections.Concurrent;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace TeamsCompanion.Protocol.Authentication;

/// <summary>
/// One <see cref="ConfigurationManager{T}"/> per metadata URL, kept for the app's lifetime so keys
/// are cached and refreshed (at least daily: the Bot Framework adds keys without notice).
/// </summary>
public sealed class OpenIdMetadataCache(IHttpClientFactory httpClientFactory)
{
    public const string HttpClientName = "TeamsCompanion.OpenIdMetadata";

    private readonly ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>> managers = new(StringComparer.Ordinal);

    public ConfigurationManager<OpenIdConnectConfiguration> For(string metadataUrl) =>
        managers.GetOrAdd(metadataUrl, url =>
        {
            var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(HttpClientName))
            {
                // Plain HTTP only for a metadata endpoint on this machine (tests, local identity fakes).
                RequireHttps = !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && Connector.ServiceUrlPolicy.IsLoopback(uri)),
            };
            return new ConfigurationManager<OpenIdConnectConfiguration>(url, new OpenIdConnectConfigurationRetriever(), retriever)
            {
                AutomaticRefreshInterval = TimeSpan.FromHours(12),
                RefreshInterval = TimeSpan.FromMinutes(5),
            };
        });
}
