using Microsoft.Extensions.DependencyInjection;
using TeamsCompanion.Bot.Outbox;
using TeamsCompanion.Bot.Reminders;

namespace TeamsCompanion.Bot.Tests.Reminders;

/// <summary>Real time: the connector client's Retry-After wait runs on the app's clock.</summary>
public sealed class ThrottleAndCancelTests : BotWithConnector
{
    protected override BotFactory CreateBot() => new(new() { ["Outbox:PollInterval"] = "00:00:00.100", ["Reminders:VersionCheckInterval"] = "01:00:00" });

    [Fact]
    public async Task ABroadcastCanBeCancelledAndTeamsThrottlingSlowsItDown()
    {
        await PublishAndAcknowledgeTests.SayHelloAsync(Bot, Connector, "user-a", "user-b", "user-c", "user-d");
        Connector.Respond(429, retryAfter: TimeSpan.FromSeconds(1));
        var version = (await Bot.Services.GetRequiredService<PolicyPublisher>().PublishAsync(PublishAndAcknowledgeTests.WithNewRule(), "x", "cio", informational: false, CancellationToken.None)).Version.Id;

        // The first send meets a 429: the connector client waits the Retry-After, and the pace drops.
        // Sends run in parallel, so other requests may arrive before the 429 is seen: wait for it.
        var throttle = Bot.Services.GetRequiredService<TeamsCompanion.Protocol.Connector.ConnectorThrottle>();
        await Connector.WaitForAsync(1);
        for (var waited = 0; throttle.ThrottledCount == 0 && waited < 100; waited++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(1, throttle.ThrottledCount);
        Assert.True(Bot.Services.GetRequiredService<OutboxPacer>().CurrentRate < 40);

        var status = Bot.Services.GetRequiredService<PolicyStatus>();
        await status.CancelAsync(version, CancellationToken.None);
        await Bot.Services.GetRequiredService<OutboxSender>().RunOnceAsync(CancellationToken.None);
        var after = await status.ForAsync(version, CancellationToken.None);
        Assert.NotNull(after);
        Assert.True(after.Cancelled);
        Assert.Equal(0, after.Pending);
        Assert.Equal(4, after.Recipients);
    }

}
