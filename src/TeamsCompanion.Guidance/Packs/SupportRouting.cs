namespace TeamsCompanion.Guidance.Packs;

/// <summary>
/// Who answers questions that the bot cannot: people (Entra object id or UPN) and/or a Teams
/// channel of the support team, a fallback, their working hours and how long tickets may wait.
/// No contacts and no channel means the hand-over is off and the bot only names the contact point.
/// </summary>
public sealed record SupportRouting(
    IReadOnlyList<string> Contacts,
    string? ChannelId,
    string? Fallback,
    WorkingHours Hours,
    TimeSpan AnswerWithin,
    TimeSpan EscalateAfter,
    int RetentionDays)
{
    public const int DefaultAnswerWithinHours = 8;
    public const int DefaultEscalateAfterHours = 8;
    public const int DefaultRetentionDays = 180;

    public static SupportRouting None { get; } = new(
        [], null, null, WorkingHours.OfficeDefault,
        TimeSpan.FromHours(DefaultAnswerWithinHours), TimeSpan.FromHours(DefaultEscalateAfterHours), DefaultRetentionDays);

    public bool IsEnabled => Contacts.Count > 0 || ChannelId is not null;
}
