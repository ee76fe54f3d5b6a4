using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsCompanion.Protocol.Activities;
using TeamsCompanion.Protocol.Authentication;
using TeamsCompanion.Protocol.Connector;

namespace TeamsCompanion.Protocol.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: read, authenticate, check the tenant and service URL, then run the
/// routed handler in a scope of its own. Every refusal is a ProblemDetails without internals.
/// </summary>
internal sealed partial class MessagesEndpoint(
    IOptions<BotOptions> options,
    IHostEnvironment environment,
    BotTokenValidator tokens,
    ServiceUrlPolicy serviceUrls,
    ActivityRouter router,
    IServiceScopeFactory scopes,
    ILogger<MessagesEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        var bot = options.Value;
        ValidatedToken? token = null;
        if (!bot.HasCredentials)
        {
            if (RefuseUnauthenticated(http) is { } refusal)
            {
                return refusal;
            }
        }
        else
        {
            // The token is checked before the body is read: a caller without one costs no parsing.
            token = await tokens.ValidateTokenAsync(http.Request.Headers.Authorization, cancellationToken);
            if (token.Identity is null)
            {
                LogRefused(logger, "-", "-", token.Outcome.Reason);
                return Problem(token.Outcome.StatusCode, token.Outcome.StatusCode == 401 ? "Unauthorized" : "Forbidden");
            }
        }

        var read = await ActivityBodyReader.ReadAsync(http, bot.MaxRequestBodyBytes, cancellationToken);
        if (read.Activity is not { } activity)
        {
            LogMalformed(logger, read.ErrorStatus, read.Error);
            return Problem(read.ErrorStatus, read.ErrorStatus == 413 ? "Request body too large" : "Malformed activity", read.Error);
        }

        var identity = new ClaimsIdentity();
        if (token is not null)
        {
            var outcome = BotTokenValidator.AuthorizeActivity(token, activity);
            if (!outcome.Succeeded)
            {
                LogRefused(logger, Safe(activity.Type), Safe(activity.Name), outcome.Reason);
                return Problem(outcome.StatusCode, "Forbidden");
            }

            identity = outcome.Identity!;
        }

        if (!bot.AllowedChannels.Contains(activity.ChannelId ?? string.Empty, StringComparer.OrdinalIgnoreCase))
        {
            LogRefused(logger, Safe(activity.Type), Safe(activity.Name), "channel not in Bot:AllowedChannels");
            return Problem(403, "Forbidden");
        }

        if (activity.ServiceUrl is not null && !serviceUrls.IsAllowed(activity.ServiceUrl))
        {
            LogRefused(logger, Safe(activity.Type), Safe(activity.Name), "serviceUrl host not allowed");
            return Problem(400, "Malformed activity", "The activity's serviceUrl is not an allowed Teams host.");
        }

        if (!IsAllowedTenant(bot, activity.GetTenantId()))
        {
            LogRefused(logger, Safe(activity.Type), Safe(activity.Name), "tenant not in Bot:AllowedTenants");
            return Problem(403, "Forbidden");
        }

        return await DispatchAsync(activity, identity, cancellationToken);
    }

    // Development mode has no token, so it trusts only this machine, and not a web page in this
    // machine's browser: browsers add Origin or Sec-Fetch-Site, and cannot send JSON cross-site
    // without a preflight that this endpoint never answers.
    private IResult? RefuseUnauthenticated(HttpContext http)
    {
        if (!IsLoopback(http.Connection.RemoteIpAddress))
        {
            LogRefused(logger, "-", "-", "development mode accepts loopback requests only");
            return Problem(401, "Unauthorized");
        }

        if (http.Request.Headers.Origin.Count > 0 || http.Request.Headers["Sec-Fetch-Site"] is [.., "cross-site" or "same-site"])
        {
            LogRefused(logger, "-", "-", "development mode refuses requests made by a browser page");
            return Problem(403, "Forbidden");
        }

        if (!string.Equals(http.Request.ContentType?.Split(';')[0].Trim(), "application/json", StringComparison.OrdinalIgnoreCase))
        {
            return Problem(415, "Unsupported media type", "Send the activity as application/json.");
        }

        return null;
    }

    // Type and name come from the caller: cap them and keep to plain characters before they reach a log line.
    private static string Safe(string? value) =>
        value is null ? "-" : new string(value.Take(64).Select(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '_' or '-' ? c : '?').ToArray());

    private async Task<IResult> DispatchAsync(Activity activity, ClaimsIdentity identity, CancellationToken cancellationToken)
    {
        var type = activity.Type!;
        var isInvoke = string.Equals(type, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase);
        using var logScope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["ActivityType"] = type,
            ["ActivityName"] = activity.Name,
            ["ActivityId"] = activity.Id,
            ["ConversationId"] = activity.Conversation?.Id,
        });

        var handlerType = router.Find(type, activity.Name);
        if (handlerType is null)
        {
            LogUnhandled(logger, Safe(type), Safe(activity.Name));
            return isInvoke ? Problem(501, "Not implemented", "The bot does not handle this invoke.") : Results.Ok();
        }

        await using var scope = scopes.CreateAsyncScope();
        var turn = new TurnContext(activity, identity, scope.ServiceProvider.GetRequiredService<IConnectorClient>());
        try
        {
            var handler = (IActivityHandler)scope.ServiceProvider.GetRequiredService(handlerType);
            var response = await handler.HandleAsync(turn, cancellationToken);
            return InvokeResult(isInvoke, response);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Results.StatusCode(499);
        }
        catch (Exception exception)
        {
            LogTurnFailed(logger, exception, Safe(type), Safe(activity.Name));
            var fallback = await TellUserAsync(scope.ServiceProvider, turn, exception, cancellationToken);
            if (fallback is not null)
            {
                return InvokeResult(isInvoke, fallback);
            }

            return IsConnectorFailure(exception)
                ? Problem(502, "Teams connector unavailable", "The bot could not deliver its answer to the Teams connector.")
                : Problem(500, "The bot could not handle the activity");
        }
    }

    private async Task<InvokeResponse?> TellUserAsync(IServiceProvider services, TurnContext turn, Exception exception, CancellationToken cancellationToken)
    {
        if (services.GetService<ITurnErrorHandler>() is not { } errors)
        {
            return null;
        }

        try
        {
            return await errors.OnErrorAsync(turn, exception, cancellationToken);
        }
        catch (Exception secondary)
        {
            // Telling the user failed too (for example the connector is down); the log has both.
            LogTurnFailed(logger, secondary, Safe(turn.Activity.Type), "turn error handler");
            return null;
        }
    }

    private static IResult InvokeResult(bool isInvoke, InvokeResponse? response) =>
        (isInvoke, response) switch
        {
            (true, { Body: { } body }) => Results.Json(body, ProtocolJson.Options, statusCode: response.Status),
            (true, { } empty) => Results.StatusCode(empty.Status),
            _ => Results.Ok(),
        };

    private bool IsAllowedTenant(BotOptions bot, string? tenantId)
    {
        if (bot.AllowedTenants.Count == 0)
        {
            // Only reachable in Development: BotOptionsValidator stops the app elsewhere.
            return environment.IsDevelopment();
        }

        return tenantId is not null && bot.AllowedTenants.Contains(tenantId, StringComparer.OrdinalIgnoreCase);
    }

    private static bool IsConnectorFailure(Exception exception) =>
        exception is ConnectorException or HttpRequestException or Polly.Timeout.TimeoutRejectedException or ServiceUrlNotAllowedException;

    private static bool IsLoopback(IPAddress? address) => address is not null && IPAddress.IsLoopback(address);

    private static IResult Problem(int status, string title, string? detail = null) =>
        Results.Problem(statusCode: status, title: title, detail: detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused activity {ActivityType}/{ActivityName}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string activityType, string activityName, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Malformed activity request ({Status}): {Error}")]
    private static partial void LogMalformed(ILogger logger, int status, string? error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "No handler for activity {ActivityType}/{ActivityName}")]
    private static partial void LogUnhandled(ILogger logger, string activityType, string? activityName);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling activity {ActivityType}/{ActivityName} failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string activityType, string? activityName);
}
