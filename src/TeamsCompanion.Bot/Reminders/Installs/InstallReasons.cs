using System.Net;
using TeamsCompanion.Graph;

namespace TeamsCompanion.Bot.Reminders.Installs;

/// <summary>Short codes for why a member could not be installed: counted in the status, never a person's data.</summary>
public static class InstallReasons
{
    /// <summary>403: admin consent for TeamsAppInstallation.ReadWriteSelfForUser.All is missing, or a policy blocks the app.</summary>
    public const string ConsentMissing = "consent-missing";

    /// <summary>404: no such user, the app is not in the organisation's catalog, or no chat came of the install.</summary>
    public const string NotFound = "not-found";

    /// <summary>401: the bot's token was refused.</summary>
    public const string Unauthorized = "unauthorized";

    /// <summary>Graph kept throttling past <c>Reminders:MaxInstallAttempts</c>.</summary>
    public const string Throttled = "throttled";

    /// <summary>Graph failed (5xx), could not be reached or did not answer in time, past the attempts.</summary>
    public const string GraphError = "graph-error";

    /// <summary>Graph answered something else (400, 409 after install …).</summary>
    public const string Refused = "refused";

    /// <summary>Graph gave a member id that is not a GUID.</summary>
    public const string InvalidId = "invalid-id";

    /// <summary>
    /// Whether asking again later may help: throttling, Graph's own failures, no answer, and a chat or installation
    /// Graph does not list yet right after installing (it catches up; the hand-over treats it the same way).
    /// </summary>
    public static bool MayPass(GraphAccessException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.StatusCode is null or HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError
            || (e.StatusCode == HttpStatusCode.NotFound
                && (e.Reason.Contains("chat", StringComparison.OrdinalIgnoreCase) || e.Reason.Contains("installation", StringComparison.OrdinalIgnoreCase)));
    }

    public static string For(GraphAccessException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.StatusCode switch
        {
            HttpStatusCode.Forbidden => ConsentMissing,
            HttpStatusCode.NotFound => NotFound,
            HttpStatusCode.Unauthorized => Unauthorized,
            HttpStatusCode.TooManyRequests => Throttled,
            null or >= HttpStatusCode.InternalServerError => GraphError,
            _ => Refused,
        };
    }
}
