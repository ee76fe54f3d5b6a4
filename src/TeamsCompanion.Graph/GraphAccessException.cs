using System.Net;

namespace TeamsCompanion.Graph;

/// <summary>
/// Microsoft Graph refused or failed. <see cref="Reason"/> is a plain English sentence for logs and
/// operators and never carries personal data; it is also the exception's message.
/// </summary>
public sealed class GraphAccessException : Exception
{
    /// <summary>The reason for a 403 on installing the app or reading its chat: the tenant's admin has not consented, or blocks the app.</summary>
    public const string InstallConsentMissing =
        "Microsoft Graph refused: admin consent for TeamsAppInstallation.ReadWriteSelfForUser.All is missing or the app is blocked";

    /// <summary>The reason for a 403 on listing a group's members.</summary>
    public const string GroupConsentMissing =
        "Microsoft Graph refused: admin consent for GroupMember.Read.All is missing";

    public GraphAccessException(
        HttpStatusCode? statusCode,
        string reason,
        string? errorCode = null,
        TimeSpan? retryAfter = null,
        string? requestId = null,
        Exception? innerException = null)
        : base(reason, innerException)
    {
        StatusCode = statusCode;
        Reason = reason;
        ErrorCode = errorCode;
        RetryAfter = retryAfter;
        RequestId = requestId;
    }

    public GraphAccessException()
        : this(null, "Microsoft Graph could not be used.")
    {
    }

    public GraphAccessException(string message)
        : this(null, message)
    {
    }

    public GraphAccessException(string message, Exception innerException)
        : this(null, message, innerException: innerException)
    {
    }

    /// <summary>Graph's status code; null when no answer came (refused before sending, unreachable, timed out).</summary>
    public HttpStatusCode? StatusCode { get; }

    public string Reason { get; }

    /// <summary>Graph's own error code (such as <c>Authorization_RequestDenied</c>), for a support request.</summary>
    public string? ErrorCode { get; }

    /// <summary>For 429 and 503 that outlasted the retry budget: how long Graph asked to wait.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Graph's <c>request-id</c> response header, which Microsoft support asks for.</summary>
    public string? RequestId { get; }
}
