namespace TeamsCompanion.Bot.Reminders;

/// <summary>A published policy pack: immutable once written. The bot serves the newest.</summary>
public sealed class PolicyVersion
{
    /// <summary>The version number staff see: 1, 2, 3 …</summary>
    public int Id { get; set; }

    public required string PackId { get; set; }

    /// <summary>The <c>version</c> field of pack.yaml, as the organisation wrote it.</summary>
    public required string PackVersion { get; set; }

    /// <summary>SHA-256 of the pack files: publishing the same pack again finds this version.</summary>
    public required string ContentHash { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public required string PublishedBy { get; set; }

    public required string ReleaseNotes { get; set; }

    /// <summary>Only news: no acknowledgement asked, no reminders.</summary>
    public bool Informational { get; set; }

    /// <summary>The pack files as JSON (<c>{"pack.yaml": "…"}</c>).</summary>
    public required string Files { get; set; }
}

/// <summary>One round of messages about a version: the announcement (round 0) or a reminder.</summary>
public sealed class PolicyNotification
{
    public long Id { get; set; }

    public int VersionId { get; set; }

    public int Round { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }
}

/// <summary>Who said "Gelezen en begrepen" for which version, and when. Nothing else about them.</summary>
public sealed class Acknowledgement
{
    public long Id { get; set; }

    public int VersionId { get; set; }

    /// <summary>The user's Entra object id, or their Teams id when Teams gives none.</summary>
    public required string UserKey { get; set; }

    public DateTimeOffset AcknowledgedAt { get; set; }
}
