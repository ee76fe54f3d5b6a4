namespace TeamsCompanion.Guidance.Packs;

/// <summary>
/// When the support contacts work. Waiting time for a ticket counts only inside these hours, so a
/// question asked on Friday evening is not "late" on Saturday morning.
/// </summary>
public sealed record WorkingHours(IReadOnlySet<DayOfWeek> Days, TimeOnly From, TimeOnly To, TimeZoneInfo TimeZone)
{
    public static WorkingHours OfficeDefault { get; } = new(
        new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday },
        new TimeOnly(9, 0),
        new TimeOnly(17, 0),
        FindTimeZone("Europe/Amsterdam") ?? TimeZoneInfo.Utc);

    /// <summary>The working time between two instants (zero when <paramref name="to"/> is not later).</summary>
    public TimeSpan Between(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from || Days.Count == 0 || To <= From)
        {
            return TimeSpan.Zero;
        }

        var total = TimeSpan.Zero;
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, TimeZone).Date);
        var lastDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(to, TimeZone).Date);

        // One window per calendar day; long gaps (holidays, weekends) are a handful of iterations.
        for (; day <= lastDay; day = day.AddDays(1))
        {
            if (!Days.Contains(day.DayOfWeek))
            {
                continue;
            }

            var start = Instant(day, From);
            var end = Instant(day, To);
            var overlapStart = start > from ? start : from;
            var overlapEnd = end < to ? end : to;
            if (overlapEnd > overlapStart)
            {
                total += overlapEnd - overlapStart;
            }
        }

        return total;
    }

    public static TimeZoneInfo? FindTimeZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }

    private DateTimeOffset Instant(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);

        // A time skipped by the clock change (02:30 in March) is taken an hour later.
        if (TimeZone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local));
    }
}
