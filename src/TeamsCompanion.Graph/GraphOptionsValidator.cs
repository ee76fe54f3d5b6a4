using Microsoft.Extensions.Options;
using TeamsCompanion.Protocol.Hosting;

namespace TeamsCompanion.Graph;

/// <summary>Stops the app at start-up when Graph would be called half-configured or somewhere it must not be.</summary>
internal sealed class GraphOptionsValidator(IOptionsMonitor<BotOptions> bot) : IValidateOptions<GraphOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        var errors = new List<string>();
        var hasCredentials = bot.Get(GraphServiceCollectionExtensions.BotIdentity).HasCredentials;

        foreach (var host in options.AllowedHosts)
        {
            if (string.IsNullOrWhiteSpace(host) || !GraphHostPolicy.IsLoopbackName(host))
            {
                errors.Add($"Graph:AllowedHosts: '{host}' is not a loopback host. Only 127.0.0.1, localhost or ::1 may be named (for tests); Microsoft Graph's own hosts need no entry.");
            }
        }

        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https")
            || baseUrl.Query.Length > 0 || baseUrl.Fragment.Length > 0)
        {
            errors.Add("Graph:BaseUrl is not an absolute http(s) URL without query, such as https://graph.microsoft.com/v1.0.");
        }
        else if (hasCredentials && GraphHostPolicy.Refusal(baseUrl, hasCredentials: true, options.AllowedHosts) is { } refusal)
        {
            errors.Add(refusal);
        }

        // The ids go into an OData filter and a bind URL: a GUID cannot break out of either.
        foreach (var (key, value) in new[] { ("TeamsAppId", options.TeamsAppId), ("CatalogAppId", options.CatalogAppId) })
        {
            if (!string.IsNullOrWhiteSpace(value) && !Guid.TryParse(value, out _))
            {
                errors.Add($"Graph:{key} is not a GUID.");
            }
        }

        // Without TeamsAppId the bot cannot install itself: contacts then need a chat with the bot
        // already, and the hand-over says so when one cannot be reached. That is a choice, not an error.
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
