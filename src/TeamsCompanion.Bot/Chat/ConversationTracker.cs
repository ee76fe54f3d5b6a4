using TeamsCompanion.Bot.Storage;
using TeamsCompanion.Protocol.Activities;

namespace TeamsCompanion.Bot.Chat;

/// <summary>Remembers the conversations the bot is in, for proactive messages later; never blocks a reply.</summary>
public sealed partial class ConversationTracker(ConversationStore conversations, ILogger<ConversationTracker> logger)
{
    /// <summary>Saves the conversation; true when it is new. A database failure is logged and counts as not new.</summary>
    public async Task<bool> TrackAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.GetConversationReference() is not { } reference)
        {
            return false;
        }

        try
        {
            return await conversations.SaveAsync(reference, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogStoreUnavailable(logger, e);
            return false;
        }
    }

    public async Task ForgetAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Conversation?.Id is not { } conversationId)
        {
            return;
        }

        try
        {
            await conversations.RemoveAsync(conversationId, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Teams does not resend uninstall events; the stale reference fails later with 403 and is cleaned up then.
            LogStoreUnavailable(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not save the conversation reference; proactive messages may miss this conversation")]
    private static partial void LogStoreUnavailable(ILogger logger, Exception exception);
}
