using System.ComponentModel.DataAnnotations;

namespace TeamsCompanion.Bot.Reminders;

/// <summary>The <c>Reminders</c> section: the pace of broadcasts and the reminder schedule.</summary>
public sealed class RemindersOptions
{
    public const string Section = "Reminders";

    /// <summary>Proactive sends per second for the whole app; Teams allows about 50 per app per tenant.</summary>
    [Range(1, 50)]
    public double MaxRequestsPerSecond { get; set; } = 40;

    /// <summary>Days after a round before those who did not acknowledge are reminded.</summary>
    [Range(1, 365)]
    public int RemindAfterDays { get; set; } = 7;

    /// <summary>Reminders per version at most (0: none).</summary>
    [Range(0, 10)]
    public int MaxReminders { get; set; } = 2;

    /// <summary>How often the bot looks for a newer published version (several instances share one database).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan VersionCheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The Entra group (object id) whose every member must hear of a new version: members without a chat
    /// with the bot get the app installed through Microsoft Graph first. Empty: only those with a chat (the default).
    /// </summary>
    public string? InstallForGroupId { get; set; }

    /// <summary>Installs through Graph per second at most; each is three Graph requests.</summary>
    [Range(0.1, 20)]
    public double InstallsPerSecond { get; set; } = 2;

    /// <summary>
    /// The connector address for chats opened by installing. Empty: that of the newest stored chat in the
    /// bot's tenant, else Teams' global address.
    /// </summary>
    public string? InstallServiceUrl { get; set; }

    /// <summary>Attempts per member on Graph errors that may pass (throttling, 5xx) before the member is recorded as not installed.</summary>
    [Range(1, 20)]
    public int MaxInstallAttempts { get; set; } = 5;

    public bool InstallsEnabled => !string.IsNullOrWhiteSpace(InstallForGroupId);
}
