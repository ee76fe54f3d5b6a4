namespace TeamsCompanion.Protocol.Connector;

/// <summary>
/// What Teams said about our pace: every 429 the connector answered, with its Retry-After. The
/// sender of proactive messages reads it to slow everything down, not only the request that was refused.
/// </summary>
public sealed class ConnectorThrottle
{
    private long pausedUntilTicks;
    private long throttledCount;

    /// <summary>No proactive send should start before this instant.</summary>
    public DateTimeOffset PausedUntil => new(Interlocked.Read(ref pausedUntilTicks), TimeSpan.Zero);

    /// <summary>How many 429 answers the connector gave since the app started.</summary>
    public long ThrottledCount => Interlocked.Read(ref throttledCount);

    public void Throttled(TimeSpan? retryAfter)
    {
        Interlocked.Increment(ref throttledCount);
        // Wall-clock time on purpose: Teams' pace is real seconds, whatever clock the app's logic runs on.
        var until = DateTimeOffset.UtcNow + (retryAfter is { } wait && wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1));
        long seen;
        do
        {
            seen = Interlocked.Read(ref pausedUntilTicks);
            if (seen >= until.UtcTicks)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref pausedUntilTicks, until.UtcTicks, seen) != seen);
    }
}

/// <summary>Sits under the retry handler, so it sees every attempt Teams refused with 429.</summary>
internal sealed class ConnectorThrottleHandler(ConnectorThrottle throttle) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == System.Net.HttpStatusCode.TooManyRequests)
        {
            var header = response.Headers.RetryAfter;
            throttle.Throttled(header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : null));
        }

        return response;
    }
}
