using System.Diagnostics;
using Microsoft.Extensions.Options;
using TeamsCompanion.Bot.Reminders;
using TeamsCompanion.Protocol.Connector;

namespace TeamsCompanion.Bot.Outbox;

/// <summary>
/// Spaces proactive sends below Teams' limit (<c>Reminders:MaxRequestsPerSecond</c>, for the whole
/// app: instances sending at the same time share it, see <see cref="ShareWith"/>). When Teams
/// answers 429 anywhere, everything waits for its Retry-After and the pace drops by a third;
/// it creeps back up while Teams stays quiet. Real time, never the app's clock.
/// </summary>
public sealed class OutboxPacer(ConnectorThrottle throttle, IOptions<RemindersOptions> options)
{
    private static readonly TimeSpan RecoveryStep = TimeSpan.FromSeconds(5);
    private readonly Lock gate = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private double rate = options.Value.MaxRequestsPerSecond;
    private TimeSpan nextSlot;
    private TimeSpan lastChange;
    private long throttledSeen;
    private int instances = 1;

    public double CurrentRate
    {
        get
        {
            lock (gate)
            {
                Adapt(clock.Elapsed);
                return rate;
            }
        }
    }

    /// <summary>
    /// How many instances are sending now (this one included). Teams counts requests per app, not
    /// per instance, so each instance keeps to its share of the configured pace.
    /// </summary>
    public void ShareWith(int sending)
    {
        lock (gate)
        {
            sending = Math.Max(1, sending);
            if (sending == instances)
            {
                return;
            }

            var scaled = rate * instances / sending;
            instances = sending;
            rate = Math.Min(Ceiling, Math.Max(Floor, scaled));
        }
    }

    /// <summary>This instance's share of the configured pace.</summary>
    private double Ceiling => options.Value.MaxRequestsPerSecond / instances;

    private double Floor => Math.Min(1, Ceiling);

    /// <summary>Waits for this send's slot.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        TimeSpan delay;
        lock (gate)
        {
            var now = clock.Elapsed;
            Adapt(now);
            var pausedFor = throttle.PausedUntil - DateTimeOffset.UtcNow;
            var start = Max(Max(now, nextSlot), pausedFor > TimeSpan.Zero ? now + pausedFor : now);
            nextSlot = start + TimeSpan.FromSeconds(1 / rate);
            delay = start - now;
        }

        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, cancellationToken);
        }
    }

    private void Adapt(TimeSpan now)
    {
        var max = Ceiling;
        var throttled = throttle.ThrottledCount;
        if (throttled != throttledSeen)
        {
            throttledSeen = throttled;
            rate = Math.Max(Floor, rate * 2 / 3);
            lastChange = now;
        }
        else if (rate < max && now - lastChange >= RecoveryStep)
        {
            rate = Math.Min(max, rate * 1.1);
            lastChange = now;
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
