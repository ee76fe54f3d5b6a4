using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using TeamsCompanion.Protocol.Activities;

namespace TeamsCompanion.Protocol.Connector;

internal sealed partial class ConnectorClient(
    HttpClient http,
    IConnectorTokenProvider tokens,
    ServiceUrlPolicy serviceUrls,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    public const string HttpClientName = "TeamsCompanion.Connector";

    public async Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        await SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}", activity, cancellationToken)
        ?? new ResourceResponse(null);

    public async Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        await SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities", activity, cancellationToken)
        ?? new ResourceResponse(null);

    public Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Put, serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}", activity, cancellationToken);

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Delete, serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}", null, cancellationToken);

    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        await SendAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, cancellationToken)
        ?? throw new ConnectorException("The Teams connector created a conversation but returned no id.");

    private async Task<T?> SendAsync<T>(HttpMethod method, string serviceUrl, string path, object? body, CancellationToken cancellationToken)
        where T : class
    {
        serviceUrls.EnsureAllowed(serviceUrl);
        var uri = new Uri(new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/"), path);

        using var request = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            // Buffered, so the request carries a Content-Length: some connectors refuse chunked bodies.
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ProtocolJson.Options));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        if (await tokens.GetAuthorizationHeaderAsync(cancellationToken) is { } authorization)
        {
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var operationId = response.Headers.TryGetValues("X-Correlating-OperationId", out var values) ? values.FirstOrDefault() : null;
        if (!response.IsSuccessStatusCode)
        {
            var errorCode = await ReadErrorCodeAsync(response, cancellationToken);
            LogRefused(logger, method.Method, uri.Host, (int)response.StatusCode, errorCode, operationId);
            throw new ConnectorException(response.StatusCode, errorCode, RetryAfter(response), operationId);
        }

        if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
        {
            return null;
        }

        try
        {
            return await response.Content.ReadFromJsonAsync<T>(ProtocolJson.Options, cancellationToken);
        }
        catch (JsonException)
        {
            // Some connectors (and the Playground) answer 200 with an empty or non-JSON body.
            return null;
        }
    }

    private static async Task<string?> ReadErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                return error.TryGetProperty("code", out var code) ? code.GetString() : null;
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => null,
        };

    private static string Esc(string value) => Uri.EscapeDataString(value);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector refused {Method} to {Host}: {StatusCode} {ErrorCode} (operation {OperationId})")]
    private static partial void LogRefused(ILogger logger, string method, string host, int statusCode, string? errorCode, string? operationId);
}
