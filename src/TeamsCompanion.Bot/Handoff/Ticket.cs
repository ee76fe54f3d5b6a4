namespace TeamsCompanion.Bot.Handoff;

public enum TicketKind
{
    Question,
    AnonymousReport,
}

public enum TicketState
{
    Open,
    Assigned,
    Answered,
    Closed,
}

/// <summary>
/// A question for the support contact, or an anonymous report. The texts live in
/// <see cref="TicketMessage"/>s and are deleted after the pack's retention period; the row stays for the counts.
/// An anonymous report has no requester fields and its time only to the day.
/// </summary>
public sealed class Ticket
{
    /// <summary>The number users see ("vraag 12").</summary>
    public long Id { get; set; }

    public TicketKind Kind { get; set; }

    public TicketState State { get; set; }

    /// <summary>Raised on every change; a card action for an older version sees the newer state instead.</summary>
    public int Version { get; set; }

    /// <summary>Makes "send" idempotent: a second press of the same card finds the ticket made by the first.</summary>
    public required string RequestKey { get; set; }

    public required string Language { get; set; }

    /// <summary>The connector address of the tenant, to reach contacts and the channel. Not an identity.</summary>
    public required string ServiceUrl { get; set; }

    public string? TenantId { get; set; }

    public string? RequesterAadObjectId { get; set; }

    /// <summary>The requester's Teams user id (29:…), to open a personal chat when none is stored.</summary>
    public string? RequesterUserId { get; set; }

    public string? RequesterConversationId { get; set; }

    /// <summary>SHA-256 of an anonymous report's reference code: the code adds information without an identity.</summary>
    public string? ReferenceHash { get; set; }

    public bool SentRedacted { get; set; }

    public string? AssigneeAadObjectId { get; set; }

    public string? AssigneeName { get; set; }

    public int? Rating { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? AssignedAt { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public DateTimeOffset? ReopenedAt { get; set; }

    public DateTimeOffset? RemindedAt { get; set; }

    public DateTimeOffset? EscalatedAt { get; set; }

    /// <summary>When the retention period removed the texts and identities.</summary>
    public DateTimeOffset? ErasedAt { get; set; }

    public List<TicketMessage> Messages { get; set; } = [];

    public List<TicketCardCopy> Cards { get; set; } = [];
}

public enum TicketAuthor
{
    Requester,
    Contact,
}

/// <summary>One text of a ticket: the question, an answer, a follow-up or an addition to a report.</summary>
public sealed class TicketMessage
{
    public long Id { get; set; }

    public long TicketId { get; set; }

    public TicketAuthor Author { get; set; }

    /// <summary>The contact's display name; never the requester's.</summary>
    public string? AuthorName { get; set; }

    /// <summary>Null after the retention period.</summary>
    public string? Text { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>Where a ticket card was posted to a contact or the channel, so every copy can be updated.</summary>
public sealed class TicketCardCopy
{
    public long Id { get; set; }

    public long TicketId { get; set; }

    /// <summary>The contact key (object id, UPN or channel id) the card went to.</summary>
    public required string Recipient { get; set; }

    public required string ServiceUrl { get; set; }

    public required string ConversationId { get; set; }

    public required string ActivityId { get; set; }
}
