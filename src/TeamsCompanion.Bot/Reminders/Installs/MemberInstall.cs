namespace TeamsCompanion.Bot.Reminders.Installs;

/// <summary>
/// The walk through <c>Reminders:InstallForGroupId</c> for one announcement (round 0 of a version):
/// one row per round, so a restart resumes it and two instances never walk it at once.
/// </summary>
public sealed class MemberInstallRun
{
    public long NotificationId { get; set; }

    public required string GroupId { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    /// <summary>Set when every member was handled: reached, installed, or recorded as not installable.</summary>
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Not before this time again: after throttling, a refusal for the whole group, or a Graph outage.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }

    /// <summary>Users in the group at the last complete walk, guests and disabled accounts included.</summary>
    public int Members { get; set; }

    /// <summary>Guests skipped at the last complete walk.</summary>
    public int Guests { get; set; }

    /// <summary>Disabled accounts skipped at the last complete walk.</summary>
    public int Disabled { get; set; }

    /// <summary>Why the walk is stuck, for an operator (Graph's reason, never personal data); null when it is not.</summary>
    public string? Problem { get; set; }
}

public enum MemberInstallOutcome
{
    /// <summary>The app was installed (or found installed) and the chat stored.</summary>
    Installed,

    /// <summary>Graph failed in a way that may pass; tried again on the next walk.</summary>
    Retrying,

    /// <summary>Could not be installed; see the reason code. Not tried again for this round.</summary>
    Failed,
}

/// <summary>What installing through Graph did for one member in one round. The object id only, nothing else about the person.</summary>
public sealed class MemberInstall
{
    public long Id { get; set; }

    public long NotificationId { get; set; }

    public required string UserObjectId { get; set; }

    public MemberInstallOutcome Outcome { get; set; }

    /// <summary>A reason code (<see cref="InstallReasons"/>), never text from Graph.</summary>
    public string? Reason { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
