using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TeamsCompanion.Testing;

/// <summary>One request the fake connector received.</summary>
/// <param name="Path">The path, unescaped.</param>
/// <param name="RawTarget">The request target exactly as sent, escaping included.</param>
/// <param name="ReceivedAt">A <see cref="System.Diagnostics.Stopwatch"/> timestamp, for latency measurements.</param>
public sealed record ConnectorRequest(string Method, string Path, string RawTarget, string? Authorization, string? ContentType, long? ContentLength, JsonNode? Body, long ReceivedAt);

/// <summary>
/// A Bot Connector on a real loopback port. It records every request and answers 200 with a
/// resource id, unless a test queues other responses (429 with Retry-After, 403 with a Teams error code…).
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ConnectorRequest> requests = new();
    private readonly ConcurrentQueue<Func<HttpContext, Task>> scripted = new();
    private readonly SemaphoreSlim arrived = new(0);
    private int counter;

    private FakeConnector(WebApplication app) => this.app = app;

    /// <summary>The serviceUrl to put in activities, ending in a slash.</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    public IReadOnlyCollection<ConnectorRequest> Requests => requests;

    /// <summary>Extra routes (for example OpenID metadata) served next to the connector.</summary>
    public static async Task<FakeConnector> StartAsync(Action<WebApplication>? extraRoutes = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FakeConnector(app);
        extraRoutes?.Invoke(app);
        app.Map("/v3/{**rest}", connector.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + "/";
        return connector;
    }

    /// <summary>The next request is answered with <paramref name="status"/> (and a Teams error body).</summary>
    public void Respond(int status, string? errorCode = null, TimeSpan? retryAfter = null) =>
        scripted.Enqueue(async context =>
        {
            context.Response.StatusCode = status;
            if (retryAfter is { } delay)
            {
                context.Response.Headers.RetryAfter = ((int)Math.Ceiling(delay.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (errorCode is not null)
            {
                await context.Response.WriteAsJsonAsync(new { error = new { code = errorCode, message = "scripted" } });
            }
        });

    /// <summary>Waits until <paramref name="count"/> requests in all have arrived.</summary>
    public async Task<IReadOnlyList<ConnectorRequest>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (requests.Count < count)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await arrived.WaitAsync(left))
            {
                throw new TimeoutException($"Expected {count} connector requests, got {requests.Count}.");
            }
        }

        return [.. requests];
    }

    public void Clear() => requests.Clear();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        arrived.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var receivedAt = System.Diagnostics.Stopwatch.GetTimestamp();
        JsonNode? body = null;
        if (context.Request.ContentLength is > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            body = await JsonNode.ParseAsync(context.Request.Body);
        }

        requests.Enqueue(new ConnectorRequest(
            context.Request.Method,
            Uri.UnescapeDataString(context.Request.Path.Value ?? string.Empty),
            context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? string.Empty,
            context.Request.Headers.Authorization.FirstOrDefault(),
            context.Request.ContentType,
            context.Request.ContentLength,
            body,
            receivedAt));
        arrived.Release();

        if (scripted.TryDequeue(out var respond))
        {
            await respond(context);
            return;
        }

        var id = Interlocked.Increment(ref counter);
        if (context.Request.Path.Value?.TrimEnd('/') == "/v3/conversations" && context.Request.Method == "POST")
        {
            await context.Response.WriteAsJsonAsync(new { id = $"a:created-{id}", activityId = $"act-{id}" });
            return;
        }

        await context.Response.WriteAsJsonAsync(new { id = $"act-{id}" });
    }
}

public static class ConnectorRequestExtensions
{
    /// <summary>The Adaptive Card of the first attachment.</summary>
    public static JsonNode Card(this ConnectorRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Body?["attachments"]?[0]?["content"] ?? throw new InvalidOperationException("The request carries no card.");
    }

    /// <summary>All text of a card (TextBlocks and facts), for assertions on what the user reads.</summary>
    public static string CardText(this ConnectorRequest request)
    {
        var texts = new List<string>();
        Collect(request.Card(), texts);
        return string.Join("\n", texts);
    }

    private static void Collect(JsonNode? node, List<string> texts)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key is "text" or "title" or "value" && value is JsonValue v && v.GetValueKind() == JsonValueKind.String)
                    {
                        texts.Add(v.GetValue<string>());
                    }
                    else
                    {
                        Collect(value, texts);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, texts);
                }

                break;
        }
    }
}
