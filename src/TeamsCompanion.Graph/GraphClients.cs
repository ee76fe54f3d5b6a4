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

    // The client's constructor wraps Kiota's process-wide serializer registries for the backing store,
    // check-then-write without a lock. Two constructions at once can wrap a factory twice, and from then
    // on the whole process writes every null in a request body twice (seen in CI: 500s from a fake Graph
    // that refuses duplicate keys). One construction at a time keeps them wrapped once.
    private static readonly Lock Construction = new();

    public string BaseUrl => options.Value.BaseUrl.TrimEnd('/');

    public GraphServiceClient Create()
    {
        var http = httpClients.CreateClient(HttpClientName);
        lock (Construction)
        {
            return new GraphServiceClient(http, authenticator, BaseUrl);
        }
    }
}
