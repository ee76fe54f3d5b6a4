using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsCompanion.Bot.Outbox;
using TeamsCompanion.Bot.Reminders;
using TeamsCompanion.Bot.Storage;
using TeamsCompanion.Guidance.Packs;
using TeamsCompanion.Guidance.Versions;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Bot.Tests.Reminders;

public sealed class PublishAndAcknowledgeTests : BotWithConnector
{
    private const string NewRule = """

          - id: regel-nieuw-geen-gratis-tools
            topic: beveiliging
            title:
              nl: "Geen gratis AI-tools met werkgegevens"
              en: "No free AI tools with work data"
            text:
              nl: "Gebruik voor werk alleen AI-tools die je organisatie heeft goedgekeurd."
              en: "Use only AI tools your organisation has approved for work."
            source: "Handreiking §4.3"
        """;

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    protected override BotFactory CreateBot() => new(
        new() { ["Outbox:PollInterval"] = "00:00:00.100", ["Reminders:VersionCheckInterval"] = "01:00:00" },
        configureServices: s => s.AddSingleton<TimeProvider>(clock));

    [Fact]
    public async Task EveryoneGetsOneAnnouncementWithWhatChangedAndAcknowledgingIsCounted()
    {
        await SayHelloAsync("user-a", "user-b", "user-c");
        var publisher = Bot.Services.GetRequiredService<PolicyPublisher>();

        var first = await publisher.PublishAsync(PackFiles.Read(PolicyPackLoader.ShippedPackFolder), "Eerste versie", "cio@example.nl", informational: true, CancellationToken.None);
        await Connector.WaitForAsync(3);
        await FlushAsync();
        Connector.Clear();
        var second = await publisher.PublishAsync(WithNewRule(), "Gratis AI-tools zijn niet meer toegestaan.", "cio@example.nl", informational: false, CancellationToken.None);

        Assert.True(second.Created);
        Assert.Equal(3, second.Recipients);
        var notices = await Connector.WaitForAsync(3);
        await FlushAsync();
        Assert.Equal(["a:user-a", "a:user-b", "a:user-c"], notices.Select(n => n.Path.Split('/')[3]).Order());
        var text = notices[0].CardText();
        Assert.Contains("De AI-regels zijn veranderd (versie 2)", text, StringComparison.Ordinal);
        Assert.Contains("Nieuwe regel: Geen gratis AI-tools met werkgegevens", text, StringComparison.Ordinal);
        Assert.Contains("Gratis AI-tools zijn niet meer toegestaan.", text, StringComparison.Ordinal);

        // Pressed twice, and once on the older version: counted once per version.
        await AcknowledgeAsync("user-a", second.Version.Id);
        var thanks = await AcknowledgeAsync("user-a", second.Version.Id);
        await AcknowledgeAsync("user-b", first.Version.Id);
        Assert.Contains("versie 2", thanks, StringComparison.Ordinal);

        var status = await Bot.Services.GetRequiredService<PolicyStatus>().ForAsync(null, CancellationToken.None);
        Assert.NotNull(status);
        Assert.Equal((2, 3, 3, 0, 0, 1), (status.Version, status.Recipients, status.Sent, status.Pending, status.Failed, status.Acknowledged));
        var csv = await Bot.Services.GetRequiredService<PolicyStatus>().AcknowledgementsCsvAsync(1, CancellationToken.None);
        Assert.Equal("version,user,acknowledgedAt\r\n1,aad-user-b,2026-11-30T09:00:00Z\r\n", csv);
    }

    [Fact]
    public async Task TheFirstPublicationSaysWhatChangedSinceThePackTheBotServedBefore()
    {
        await SayHelloAsync("user-a");

        await Bot.Services.GetRequiredService<PolicyPublisher>().PublishAsync(WithNewRule(), "x", "cio", informational: false, CancellationToken.None);

        var text = Assert.Single(await Connector.WaitForAsync(1)).CardText();
        Assert.Contains("De AI-regels zijn veranderd (versie 1)", text, StringComparison.Ordinal);
        Assert.Contains("Nieuwe regel: Geen gratis AI-tools met werkgegevens", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nieuwe regel: Regels van je organisatie gaan voor", text, StringComparison.Ordinal);
        Assert.DoesNotContain("En nog", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishingTheSamePackTwiceIsOneVersionAndSendsOnce()
    {
        await SayHelloAsync("user-a");
        var publisher = Bot.Services.GetRequiredService<PolicyPublisher>();

        var first = await publisher.PublishAsync(WithNewRule(), "x", "cio", informational: false, CancellationToken.None);
        var again = await publisher.PublishAsync(WithNewRule(), "x", "cio", informational: false, CancellationToken.None);

        Assert.False(again.Created);
        Assert.Equal(first.Version.Id, again.Version.Id);
        await Connector.WaitForAsync(1);
        await FlushAsync();
        Assert.Single(Connector.Requests);
    }

    [Fact]
    public async Task AnInvalidPackIsRefusedWithFileAndLineAndNothingIsStoredOrSent()
    {
        await SayHelloAsync("user-a");
        var broken = new Dictionary<string, string>(PackFiles.Read(PolicyPackLoader.ShippedPackFolder).Files) { ["tips.yaml"] = "tips:\n  - id: kapot\n    topic: prompts\n" };

        var error = await Assert.ThrowsAsync<PackLoadException>(() =>
            Bot.Services.GetRequiredService<PolicyPublisher>().PublishAsync(new PackFiles(broken), "x", "cio", informational: false, CancellationToken.None));

        Assert.Contains(error.Errors, e => e.ToString().StartsWith("tips.yaml:2:", StringComparison.Ordinal));
        await using var db = await Bot.Services.GetRequiredService<IDbContextFactory<TeamsCompanionDbContext>>().CreateDbContextAsync();
        Assert.Empty(db.PolicyVersions);
        Assert.Empty(db.Outbox);
    }

    [Fact]
    public async Task ThoseWhoDidNotAcknowledgeAreRemindedAfterAWeekAndTheBotServesTheNewestVersion()
    {
        await SayHelloAsync("user-a", "user-b");
        var version = (await Bot.Services.GetRequiredService<PolicyPublisher>().PublishAsync(WithNewRule(), "x", "cio", informational: false, CancellationToken.None)).Version.Id;
        await Connector.WaitForAsync(2);
        await FlushAsync();
        await AcknowledgeAsync("user-a", version);
        Connector.Clear();
        var rounds = Bot.Services.GetRequiredService<PolicyRounds>();

        await rounds.RunOnceAsync(CancellationToken.None);
        await FlushAsync();
        Assert.Empty(Connector.Requests);

        clock.Advance(TimeSpan.FromDays(7));
        await rounds.RunOnceAsync(CancellationToken.None);
        await rounds.RunOnceAsync(CancellationToken.None);
        var reminder = Assert.Single(await Connector.WaitForAsync(1));
        Assert.Equal("/v3/conversations/a:user-b/activities", reminder.Path);
        Assert.Contains("Herinnering", reminder.CardText(), StringComparison.Ordinal);
        Connector.Clear();

        await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "regels", "a:user-a", "aad-user-a"));
        Assert.Contains("Geen gratis AI-tools met werkgegevens", Assert.Single(await Connector.WaitForAsync(1)).CardText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANoticeCutOffMidSendIsNotSentTwiceButCountedInDoubtAndCanBeResent()
    {
        await SayHelloAsync("user-a", "user-b");
        var version = (await Bot.Services.GetRequiredService<PolicyPublisher>().PublishAsync(WithNewRule(), "x", "cio", informational: false, CancellationToken.None)).Version.Id;
        await Connector.WaitForAsync(2);
        await FlushAsync();
        Connector.Clear();

        // As an instance killed between asking Teams and recording the answer leaves a row.
        await using (var db = await Bot.Services.GetRequiredService<IDbContextFactory<TeamsCompanionDbContext>>().CreateDbContextAsync())
        {
            var now = clock.GetUtcNow();
            await db.Outbox.Where(m => m.Recipient == "a:user-b").ExecuteUpdateAsync(u => u
                .SetProperty(m => m.State, OutboxState.Pending).SetProperty(m => m.SendingSince, now.AddSeconds(-40))
                .SetProperty(m => m.LeaseOwner, "killed").SetProperty(m => m.LeaseUntil, now.AddSeconds(-10)));
        }

        await FlushAsync();
        Assert.Empty(Connector.Requests);
        var status = Bot.Services.GetRequiredService<PolicyStatus>();
        var held = await status.ForAsync(version, CancellationToken.None);
        Assert.Equal((2, 1, 0, 0, 1), (held!.Recipients, held.Sent, held.Pending, held.Failed, held.InDoubt));

        Assert.Equal(1, await status.ResendInDoubtAsync(version, CancellationToken.None));
        await FlushAsync();
        Assert.Equal("/v3/conversations/a:user-b/activities", Assert.Single(Connector.Requests).Path);
        var resent = await status.ForAsync(version, CancellationToken.None);
        Assert.Equal((2, 0), (resent!.Sent, resent.InDoubt));
    }

    [Fact]
    public async Task TheThanksSpeakTheLanguageOfTheCardThatWasPressedNotTheClientsLocale()
    {
        await SayHelloAsync("user-a");
        var version = (await Bot.Services.GetRequiredService<PolicyPublisher>().PublishAsync(WithNewRule(), "x", "cio", informational: false, CancellationToken.None)).Version.Id;
        var notice = Assert.Single(await Connector.WaitForAsync(1));
        await FlushAsync();
        var button = notice.Card()["actions"]!.AsArray().Single(a => (string?)a!["verb"] == "policy.ack")!;
        Assert.Equal("nl", (string?)button["data"]!["lang"]);

        // The Playground's client says en-US; the card it shows is Dutch (no stored choice).
        var thanks = await AcknowledgeAsync("user-a", version, lang: "nl", locale: "en-US");
        Assert.Contains("Dank je wel", thanks, StringComparison.Ordinal);
        Assert.Contains("Thank you", await AcknowledgeAsync("user-a", version, lang: "en", locale: "nl-NL"), StringComparison.Ordinal);
    }

    internal static PackFiles WithNewRule()
    {
        var files = new Dictionary<string, string>(PackFiles.Read(PolicyPackLoader.ShippedPackFolder).Files);
        files["rules.yaml"] = files["rules.yaml"].TrimEnd() + "\n" + NewRule + "\n";
        return new PackFiles(files);
    }

    internal static async Task SayHelloAsync(BotFactory bot, FakeConnector connector, params string[] users)
    {
        foreach (var user in users)
        {
            await bot.PostActivityAsync(Activities.Message(connector.ServiceUrl, "hallo", $"a:{user}", $"aad-{user}"));
        }

        await connector.WaitForAsync(users.Length);
        connector.Clear();
    }

    private async Task SayHelloAsync(params string[] users)
    {
        foreach (var user in users)
        {
            await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "hallo", $"a:{user}", $"aad-{user}"));
        }

        await Connector.WaitForAsync(users.Length);
        Connector.Clear();
    }

    private async Task FlushAsync() => await Bot.Services.GetRequiredService<OutboxSender>().RunOnceAsync(CancellationToken.None);

    private async Task<string> AcknowledgeAsync(string user, int version, string? lang = null, string? locale = null)
    {
        var data = new JsonObject { ["version"] = version };
        if (lang is not null)
        {
            data["lang"] = lang;
        }

        var activity = Activities.Invoke(Connector.ServiceUrl, "adaptiveCard/action", new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "policy.ack", ["data"] = data },
        });
        if (locale is not null)
        {
            activity["locale"] = locale;
        }

        activity["conversation"]!["id"] = $"a:{user}";
        activity["from"] = new JsonObject { ["id"] = $"29:{user}", ["aadObjectId"] = $"aad-{user}" };
        var response = await Bot.PostActivityAsync(activity);
        var body = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
        return body["value"]!.ToJsonString();
    }
}
