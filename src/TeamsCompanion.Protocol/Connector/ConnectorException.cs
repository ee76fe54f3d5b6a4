using System.Net;

namespace TeamsCompanion.Protocol.Connector;

/// <summary>The connector answered with an error status. <see cref="ErrorCode"/> is Teams' code, such as <c>ConversationBlockedByUser</c>.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(HttpStatusCode statusCode, string? errorCode, TimeSpan? retryAfter, string? operationId)
        : base($"The Teams connector answered {(int)statusCode} {errorCode}.".Replace(" .", ".", StringComparison.Ordinal))
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        RetryAfter = retryAfter;
        OperationId = operationId;
    }

    public HttpStatusCode StatusCode { get; }

    public string? ErrorCode { get; }

    public TimeSpan? RetryAfter { get; }

    /// <summary>The connector's <c>X-Correlating-OperationId</c>, for a support request to Microsoft.</summary>
    public string? OperationId { get; }

    /// <summary>403 and 404: the user blocked or removed the bot, or the conversation is gone. Retrying will not help.</summary>
    public bool IsUndeliverable => StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound;

    public ConnectorException()
        : this(HttpStatusCode.InternalServerError, null, null, null)
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>A service URL outside the allowed Teams hosts: the bot will not send a token there.</summary>
public sealed class ServiceUrlNotAllowedException : Exception
{
    public ServiceUrlNotAllowedException(string serviceUrl)
        : base($"The service URL host is not an allowed Teams host: {SafeHost(serviceUrl)}.")
    {
    }

    public ServiceUrlNotAllowedException()
    {
    }

    public ServiceUrlNotAllowedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal static string SafeHost(string serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) ? uri.Host : "(not a URL)";
}
