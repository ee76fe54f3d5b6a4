using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace TeamsCompanion.Graph;

/// <summary>
/// Graph's guidance: honour Retry-After on 429, back off on 503 and 504. Nothing else is retried:
/// 400/401/403/404 will not change by asking again. A POST that installs the app is safe to repeat,
/// as a second one only answers 409. A Retry-After longer than the budget is not waited for: the
/// caller gets the 429 with <see cref="GraphAccessException.RetryAfter"/> instead of a timeout.
/// </summary>
internal static class GraphResilience
{
    internal static readonly TimeSpan LongestRetryAfter = TimeSpan.FromSeconds(10);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline) =>
        pipeline
            .AddTimeout(TeamsDirectory.Budget)
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = 3,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(500),
                MaxDelay = LongestRetryAfter,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
            })
            .AddTimeout(TimeSpan.FromSeconds(8));

    internal static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result is { } response
            ? response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout
                && RetryAfter(response) <= LongestRetryAfter
            : outcome.Exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException;

    private static TimeSpan RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => TimeSpan.Zero,
        };
}
