using TeamsCompanion.Protocol.Activities;

namespace TeamsCompanion.Protocol.Connector;

/// <summary>
/// The Bot Connector REST API. Every call fails with <see cref="ConnectorException"/> when the
/// connector refuses it, and with <see cref="ServiceUrlNotAllowedException"/> before any request
/// when the service URL is not a Teams host.
/// </summary>
public interface IConnectorClient
{
    Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);

    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);
}
