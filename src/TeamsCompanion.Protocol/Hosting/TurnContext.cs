using System.Security.Claims;
using TeamsCompanion.Protocol.Activities;
using TeamsCompanion.Protocol.Connector;

namespace TeamsCompanion.Protocol.Hosting;

internal sealed class TurnContext(Activity activity, ClaimsIdentity identity, IConnectorClient connector) : ITurnContext
{
    public Activity Activity { get; } = activity;

    public ClaimsIdentity Identity { get; } = identity;

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var (serviceUrl, conversationId) = Address();
        Complete(activity);
        return Activity.Id is { Length: > 0 } replyTo
            ? connector.ReplyToActivityAsync(serviceUrl, conversationId, replyTo, activity, cancellationToken)
            : connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken);
    }

    public Task UpdateAsync(string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var (serviceUrl, conversationId) = Address();
        Complete(activity);
        activity.Id = activityId;
        return connector.UpdateActivityAsync(serviceUrl, conversationId, activityId, activity, cancellationToken);
    }

    public Task DeleteAsync(string activityId, CancellationToken cancellationToken)
    {
        var (serviceUrl, conversationId) = Address();
        return connector.DeleteActivityAsync(serviceUrl, conversationId, activityId, cancellationToken);
    }

    private (string ServiceUrl, string ConversationId) Address() =>
        Activity.ServiceUrl is { Length: > 0 } serviceUrl && Activity.Conversation?.Id is { Length: > 0 } conversationId
            ? (serviceUrl, conversationId)
            : throw new InvalidOperationException("The incoming activity has no serviceUrl or conversation id to answer to.");

    // Fills what the caller left out from the incoming activity, as the Bot Framework adapters do.
    private void Complete(Activity outgoing)
    {
        var template = Activity.CreateReply();
        outgoing.Type ??= ActivityTypes.Message;
        outgoing.ServiceUrl ??= template.ServiceUrl;
        outgoing.ChannelId ??= template.ChannelId;
        outgoing.From ??= template.From;
        outgoing.Recipient ??= template.Recipient;
        outgoing.Conversation ??= template.Conversation;
        outgoing.ReplyToId ??= template.ReplyToId;
        outgoing.Locale ??= template.Locale;
    }
}
