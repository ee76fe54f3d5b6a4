namespace TeamsCompanion.Bot.Outbox;

public enum OutboxState
{
    Pending,
    Sent,

    /// <summary>The recipient cannot be reached (blocked the bot, removed it, does not exist); not retried.</summary>
    Undeliverable,

    /// <summary>Failed too often; kept for an operator to look at.</summary>
    DeadLetter,

    /// <summary>Nothing to send any more (the subject was closed or erased).</summary>
    Skipped,

    /// <summary>
    /// The app stopped while Teams was being asked to deliver it, so nobody knows whether it arrived.
    /// Kinds that must never arrive twice stop here, for an operator to resend (see <see cref="IOutboxDelivery.ResendWhenInDoubt"/>).
    /// </summary>
    InDoubt,
}

/// <summary>
/// One proactive message to send: what (kind + subject id) and to whom. No message text: the
/// delivery renders it from the subject when it sends, so texts are stored once and erased once.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public required string Kind { get; set; }

    public long SubjectId { get; set; }

    /// <summary>The recipient in the kind's terms: a contact key, a conversation id, an activity to update.</summary>
    public required string Recipient { get; set; }

    /// <summary>Unique: enqueueing the same message twice keeps one row.</summary>
    public required string IdempotencyKey { get; set; }

    public OutboxState State { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>Until when the instance that claimed the row may work on it; afterwards another may.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    public string? LeaseOwner { get; set; }

    /// <summary>
    /// Set right before the connector call and cleared with its outcome: a row that still has it when
    /// another instance claims it was cut off mid-send (Teams has no idempotency key to ask).
    /// </summary>
    public DateTimeOffset? SendingSince { get; set; }

    /// <summary>Why the last attempt failed: a status code and an error code, never message text.</summary>
    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public string? ActivityId { get; set; }
}
