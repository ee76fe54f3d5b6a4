using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TeamsCompanion.Benchmarks;

/// <summary>
/// A Bot Connector on loopback that enforces Teams' limits for proactive messages: a token bucket of
/// <see cref="AppRate"/> requests per second for the app and <see cref="ConversationRate"/> per
/// conversation (each holding one second's worth). A request beyond either is refused with 429 and
/// a Retry-After (whole seconds, as Teams sends it) and not counted; every accepted message is recorded
/// per conversation, so duplicates and gaps show.
/// </summary>
internal sealed class ThrottlingConnector : IAsyncDisposable
{
    public const double AppRate = 50;
    public const double ConversationRate = 7;

    private readonly WebApplication app;
    private readonly Lock gate = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Dictionary<string, Bucket> conversationBuckets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> received = new(StringComparer.Ordinal);
    private readonly List<double> acceptedAt = [];
    private Bucket appBucket;
    private long throttled;
    private long unexpected;

    private ThrottlingConnector(WebApplication app)
    {
        this.app = app;
        appBucket = new Bucket(AppRate, 0);
    }

    public string ServiceUrl { get; private set; } = string.Empty;

    /// <summary>Messages accepted (recorded), over all conversations.</summary>
    public int Accepted
    {
        get
        {
            lock (gate)
            {
                return acceptedAt.Count;
            }
        }
    }

    public long Throttled => Interlocked.Read(ref throttled);

    /// <summary>Requests that were not a message into a conversation (there should be none).</summary>
    public long Unexpected => Interlocked.Read(ref unexpected);

    public IReadOnlyDictionary<string, int> ReceivedPerConversation => received;

    /// <summary>Seconds since the connector started at which each message was accepted, in order.</summary>
    public double[] AcceptedAt()
    {
        lock (gate)
        {
            return [.. acceptedAt];
        }
    }

    public double Now => clock.Elapsed.TotalSeconds;

    public static async Task<ThrottlingConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new ThrottlingConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities", connector.HandleAsync);
        app.Map("/{**rest}", (HttpContext context) =>
        {
            Interlocked.Increment(ref connector.unexpected);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + "/";
        return connector;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context, string conversationId)
    {
        // Read the whole message, as Teams would, before deciding.
        await context.Request.Body.CopyToAsync(Stream.Null);
        double wait;
        lock (gate)
        {
            var now = clock.Elapsed.TotalSeconds;
            appBucket = appBucket.Refill(now, AppRate);
            var conversation = (conversationBuckets.TryGetValue(conversationId, out var known) ? known : new Bucket(ConversationRate, now)).Refill(now, ConversationRate);
            wait = Math.Max(appBucket.WaitForOne(AppRate), conversation.WaitForOne(ConversationRate));
            if (wait <= 0)
            {
                appBucket = appBucket with { Tokens = appBucket.Tokens - 1 };
                conversation = conversation with { Tokens = conversation.Tokens - 1 };
                acceptedAt.Add(now);
            }

            conversationBuckets[conversationId] = conversation;
        }

        if (wait > 0)
        {
            Interlocked.Increment(ref throttled);
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait)).ToString(CultureInfo.InvariantCulture);
            await context.Response.WriteAsJsonAsync(new { error = new { code = "ThrottledRequest", message = "Too many requests" } });
            return;
        }

        var count = received.AddOrUpdate(conversationId, 1, (_, n) => n + 1);
        await context.Response.WriteAsJsonAsync(new { id = $"act-{conversationId}-{count}" });
    }

    /// <summary>Holds at most one second's worth of tokens; a new bucket is full.</summary>
    private readonly record struct Bucket(double Tokens, double At)
    {
        public Bucket Refill(double now, double rate) => new(Math.Min(rate, Tokens + ((now - At) * rate)), now);

        public double WaitForOne(double rate) => Tokens >= 1 ? 0 : (1 - Tokens) / rate;
    }
}
