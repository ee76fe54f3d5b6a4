using Microsoft.Extensions.Options;
using Microsoft.Graph;

namespace TeamsCompanion.Graph;

/// <summary>
/// A Graph SDK client per operation over the factory's HttpClient, so the resilience pipeline and
/// connection pooling stay the factory's; the SDK adds no handlers of its own to an HttpClient it is given.
/// </summary>
internal sealed class GraphClients(IHttpClientFactory httpClients, GraphRequestAuthenticator authenticator, IOptions<GraphOptions> options)
{
    public const string HttpClientName = "TeamsCompanion.Graph";

    public string BaseUrl => options.Value.BaseUrl.TrimEnd('/');

    public GraphServiceClient Create() => new(httpClients.CreateClient(HttpClientName), authenticator, BaseUrl);
}
