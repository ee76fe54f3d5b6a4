namespace TeamsCompanion.Bot.Storage;

/// <summary>
/// One number per day and metric, for the organisation's accountability report: how many drafts
/// were checked, how many findings of each type. Counts only; nothing about who or what.
/// </summary>
public sealed class DailyCount
{
    /// <summary>The UTC day, <c>yyyy-MM-dd</c>.</summary>
    public required string Day { get; set; }

    public required string Metric { get; set; }

    public long Count { get; set; }
}
