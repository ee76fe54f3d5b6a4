using Microsoft.Extensions.Logging;

namespace TeamsCompanion.Graph;

/// <summary>Log lines of the Graph seam. Object ids at most: never a UPN or a name.</summary>
internal static partial class GraphLog
{
    [LoggerMessage(EventId = 7301, Level = LogLevel.Information, Message = "Installed the bot's Teams app for user {UserObjectId}")]
    public static partial void Installed(ILogger logger, string userObjectId);

    [LoggerMessage(EventId = 7302, Level = LogLevel.Debug, Message = "The bot's Teams app was already installed for user {UserObjectId}")]
    public static partial void AlreadyInstalled(ILogger logger, string userObjectId);

    [LoggerMessage(EventId = 7303, Level = LogLevel.Warning, Message = "Microsoft Graph: {Reason} (status {Status}, code {ErrorCode}, request-id {RequestId}, user {UserObjectId})")]
    public static partial void Failed(ILogger logger, string reason, int? status, string? errorCode, string? requestId, string? userObjectId);
}
