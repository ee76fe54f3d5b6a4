using TeamsCompanion.Guidance.Packs;

namespace TeamsCompanion.Guidance.Tests;

public sealed class SupportRoutingTests
{
    private const string Header = """
        id: test-org
        version: "2.0"
        organisation: { nl: "Gemeente Testdorp", en: "Municipality of Testdorp" }
        title: { nl: "AI-regels", en: "AI rules" }
        disclosure:
          text: { nl: "Gemaakt met hulp van AI.", en: "Made with help of AI." }
          source: "Handreiking §9.2"
        support:
          name: { nl: "AI-team", en: "AI team" }
          email: ai@testdorp.example

        """;

    private const string Rules = """
        rules:
          - id: rule-a
            topic: privacy
            title: { nl: "Geen persoonsgegevens", en: "No personal data" }
            text: { nl: "Zet geen persoonsgegevens in een prompt.", en: "Do not put personal data in a prompt." }
            source: "Handreiking §9.1"
        """;

    [Fact]
    public void ContactsChannelFallbackHoursAndPeriodsAreRead()
    {
        using var folder = new PackFolder().With("rules.yaml", Rules).With("pack.yaml", Header + """
              contacts: [ai-team@testdorp.example, 5f0c2b1e-9a7d-4c3e-8b6a-1d2e3f4a5b6c]
              channel: "19:abc123@thread.tacv2"
              fallback: cio@testdorp.example
              hours: { days: [ma, di, wo, do], from: "08:30", to: "16:30", timeZone: Europe/Amsterdam }
              answerWithinHours: 4
              escalateAfterHours: 12
              retentionDays: 90
            """);

        var routing = PolicyPackLoader.Load(folder.Path).Support.Routing;

        Assert.Equal(["ai-team@testdorp.example", "5f0c2b1e-9a7d-4c3e-8b6a-1d2e3f4a5b6c"], routing.Contacts);
        Assert.Equal("19:abc123@thread.tacv2", routing.ChannelId);
        Assert.Equal("cio@testdorp.example", routing.Fallback);
        Assert.DoesNotContain(DayOfWeek.Friday, routing.Hours.Days);
        Assert.Equal(new TimeOnly(8, 30), routing.Hours.From);
        Assert.Equal(TimeSpan.FromHours(4), routing.AnswerWithin);
        Assert.Equal(TimeSpan.FromHours(12), routing.EscalateAfter);
        Assert.Equal(90, routing.RetentionDays);
        Assert.True(routing.IsEnabled);
    }

    [Fact]
    public void WrongRoutingValuesAreReportedWithTheirLines()
    {
        using var folder = new PackFolder().With("rules.yaml", Rules).With("pack.yaml", Header + """
              contacts: [not a person]
              channel: general
              fallback: "?"
              hours: { days: [maandag], from: "17:00", to: "09:00", timeZone: Mars/Olympus }
              answerWithinHours: soon
              retentionDays: 0
            """);

        var errors = Assert.Throws<PackLoadException>(() => PolicyPackLoader.Load(folder.Path)).Errors.Select(e => e.ToString()).ToList();

        Assert.Contains(errors, e => e.Contains("pack.yaml:11: 'not a person' in 'contacts'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("pack.yaml:12: 'channel' must be a Teams channel id", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("pack.yaml:13: 'fallback'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("unknown day 'maandag'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'to' (09:00) must be later than 'from' (17:00)", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("unknown time zone 'Mars/Olympus'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("pack.yaml:15: 'answerWithinHours' must be a whole number", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("pack.yaml:16: 'retentionDays' must be a whole number from 1 to 3650", StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutRoutingTheHandOverIsOffAndOfficeHoursApply()
    {
        using var folder = new PackFolder().With("rules.yaml", Rules).With("pack.yaml", Header);

        var routing = PolicyPackLoader.Load(folder.Path).Support.Routing;

        Assert.False(routing.IsEnabled);
        Assert.Equal(WorkingHours.OfficeDefault.Days, routing.Hours.Days);
        Assert.Equal(180, routing.RetentionDays);
    }

    [Fact]
    public void WorkingTimeSkipsNightsAndWeekends()
    {
        var hours = WorkingHours.OfficeDefault;

        // Friday 27 November 2026 16:00 → Monday 30 November 10:00 (Amsterdam, UTC+1): 1 h + 1 h.
        var friday = new DateTimeOffset(2026, 11, 27, 16, 0, 0, TimeSpan.FromHours(1));
        var monday = new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.FromHours(1));

        Assert.Equal(TimeSpan.FromHours(2), hours.Between(friday, monday));
        Assert.Equal(TimeSpan.Zero, hours.Between(monday, friday));
        Assert.Equal(TimeSpan.FromHours(8), hours.Between(new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(1))));
    }

    [Fact]
    public void WorkingTimeFollowsTheClockChange()
    {
        var hours = WorkingHours.OfficeDefault;

        // Summer time ends on Sunday 25 October 2026; Friday 9:00 CEST to Monday 9:00 CET is one working day.
        var friday = new DateTimeOffset(2026, 10, 23, 9, 0, 0, TimeSpan.FromHours(2));
        var monday = new DateTimeOffset(2026, 10, 26, 9, 0, 0, TimeSpan.FromHours(1));

        Assert.Equal(TimeSpan.FromHours(8), hours.Between(friday, monday));
    }
}
