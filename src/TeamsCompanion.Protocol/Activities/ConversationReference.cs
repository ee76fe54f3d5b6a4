namespace TeamsCompanion.Protocol.Activities;

/// <summary>What is needed to message a conversation later, without the user writing first.</summary>
public sealed record ConversationReference(
    string ServiceUrl,
    string ChannelId,
    string ConversationId,
    string? ConversationType,
    string? TenantId,
    string? UserId,
    string? UserAadObjectId,
    string? BotId)
{
    /// <summary>A message activity that the connector delivers into this conversation.</summary>
    public Activity CreateMessage() => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        Conversation = new ConversationAccount { Id = ConversationId, TenantId = TenantId, ConversationType = ConversationType },
        From = BotId is null ? null : new ChannelAccount { Id = BotId },
        Recipient = UserId is null ? null : new ChannelAccount { Id = UserId, AadObjectId = UserAadObjectId },
    };
}

public static class ConversationReferenceExtensions
{
    /// <summary>The reference of the conversation this activity came from; null when the activity lacks the ids.</summary>
    public static ConversationReference? GetConversationReference(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ServiceUrl is null || activity.ChannelId is null || activity.Conversation?.Id is null)
        {
            return null;
        }

        return new ConversationReference(
            activity.ServiceUrl,
            activity.ChannelId,
            activity.Conversation.Id,
            activity.Conversation.ConversationType,
            activity.GetTenantId(),
            activity.From?.Id,
            activity.From?.AadObjectId,
            activity.Recipient?.Id);
    }
}
