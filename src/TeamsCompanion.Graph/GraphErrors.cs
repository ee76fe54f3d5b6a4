using System.Globalization;
using System.Net;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace TeamsCompanion.Graph;

/// <summary>
/// Turns Graph's answers into <see cref="GraphAccessException"/>s an operator can act on. Graph's own
/// error messages are left out on purpose: they quote the UPN that was asked for.
/// </summary>
internal static class GraphErrors
{
    public static GraphAccessException From(ApiException error, GraphStep step)
    {
        var status = (HttpStatusCode)error.ResponseStatusCode;
        var reason = status switch
        {
            HttpStatusCode.Forbidden => Forbidden(step),
            HttpStatusCode.NotFound => NotFound(step),
            HttpStatusCode.Unauthorized => "Microsoft Graph refused the bot's token: check Bot:AppId, Bot:TenantId and the credential.",
            HttpStatusCode.Conflict => "Microsoft Graph reports a conflict: the bot's Teams app is already installed for the user.",
            HttpStatusCode.TooManyRequests => "Microsoft Graph is throttling the bot; try again later.",
            >= HttpStatusCode.InternalServerError => $"Microsoft Graph failed with {(int)status} while {Doing(step)}; try again later.",
            _ => $"Microsoft Graph answered {(int)status} while {Doing(step)}.",
        };
        return new GraphAccessException(
            status,
            reason,
            (error as ODataError)?.Error?.Code,
            RetryAfter(error.ResponseHeaders),
            Header(error.ResponseHeaders, "request-id"));
    }

    private static string Forbidden(GraphStep step) => step switch
    {
        GraphStep.FindUser => "Microsoft Graph refused: admin consent for User.ReadBasic.All (or User.Read.All) is missing",
        GraphStep.LookUpCatalogApp => "Microsoft Graph refused: admin consent for AppCatalog.Read.All is missing; set Graph:CatalogAppId to skip the look-up",
        GraphStep.ListGroupMembers => GraphAccessException.GroupConsentMissing,
        _ => GraphAccessException.InstallConsentMissing,
    };

    private static string NotFound(GraphStep step) => step switch
    {
        GraphStep.FindUser => "Microsoft Graph found no such user.",
        GraphStep.LookUpCatalogApp => "Microsoft Graph found no app catalog; check Graph:BaseUrl.",
        GraphStep.Install => "Microsoft Graph found no such user, or the bot's app (Graph:CatalogAppId) is not in the organisation's app catalog.",
        GraphStep.ListInstallations => "Microsoft Graph found no such user.",
        GraphStep.GetChat => "Microsoft Graph has no personal chat for the bot's installation yet.",
        GraphStep.ListGroupMembers => "Microsoft Graph found no such group; check Reminders:InstallForGroupId.",
        _ => "Microsoft Graph found nothing.",
    };

    private static string Doing(GraphStep step) => step switch
    {
        GraphStep.FindUser => "looking up a user",
        GraphStep.LookUpCatalogApp => "looking up the bot's app in the app catalog",
        GraphStep.Install => "installing the bot for a user",
        GraphStep.ListInstallations => "listing the user's installed apps",
        GraphStep.ListGroupMembers => "listing the group's members",
        _ => "reading the personal chat with the bot",
    };

    private static TimeSpan? RetryAfter(IDictionary<string, IEnumerable<string>> headers)
    {
        var value = Header(headers, "Retry-After");
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at - DateTimeOffset.UtcNow
            : null;
    }

    private static string? Header(IDictionary<string, IEnumerable<string>> headers, string name) =>
        headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
}
