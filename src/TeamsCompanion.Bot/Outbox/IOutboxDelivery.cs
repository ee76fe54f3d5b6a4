using TeamsCompanion.Bot.Storage;
using TeamsCompanion.Protocol.Activities;
using TeamsCompanion.Protocol.Connector;

namespace TeamsCompanion.Bot.Outbox;

/// <summary>
/// Renders and addresses the outbox messages of one kind. Only the sender talks to the connector:
/// a delivery says what to send and records what came of it.
/// </summary>
public interface IOutboxDelivery
{
    string Kind { get; }

    /// <summary>
    /// What to do when the app stopped in the middle of sending (see <see cref="OutboxState.InDoubt"/>):
    /// send again (a duplicate is better than nothing, the default) or hold it as in doubt.
    /// </summary>
    bool ResendWhenInDoubt => true;

    /// <summary>
    /// What to send now; null when there is nothing to send any more. Throws
    /// <see cref="RecipientUnreachableException"/> when the recipient cannot be reached at all.
    /// </summary>
    Task<OutboundMessage?> PrepareAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>Records the outcome in <paramref name="db"/>; saved in the same transaction as the message's state.</summary>
    Task OnDeliveredAsync(TeamsCompanionDbContext db, OutboxMessage message, Delivered delivered, CancellationToken cancellationToken);

    Task OnUndeliverableAsync(TeamsCompanionDbContext db, OutboxMessage message, string reason, CancellationToken cancellationToken);
}

/// <summary>
/// One connector call: a new message into <see cref="ConversationId"/>, an update of
/// <see cref="UpdateActivityId"/> there, or a new conversation (<see cref="NewConversation"/>).
/// </summary>
public sealed record OutboundMessage(string ServiceUrl, Activity Activity, string? ConversationId = null, string? UpdateActivityId = null, ConversationParameters? NewConversation = null);

/// <summary>Where the message landed.</summary>
public sealed record Delivered(string ServiceUrl, string ConversationId, string? ActivityId);

/// <summary>The recipient cannot be reached (does not exist, blocked the bot, no consent to install it); retrying will not help.</summary>
public sealed class RecipientUnreachableException : Exception
{
    public RecipientUnreachableException(string reason)
        : base(reason)
    {
    }

    public RecipientUnreachableException()
    {
    }

    public RecipientUnreachableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
