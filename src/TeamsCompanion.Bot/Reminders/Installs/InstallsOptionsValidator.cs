using Microsoft.Extensions.Options;
using TeamsCompanion.Graph;
using TeamsCompanion.Protocol.Connector;

namespace TeamsCompanion.Bot.Reminders.Installs;

/// <summary>Stops the bot at start when installing for a group is asked for but cannot work.</summary>
internal sealed class InstallsOptionsValidator(IOptions<GraphOptions> graph, ServiceUrlPolicy serviceUrls) : IValidateOptions<RemindersOptions>
{
    public ValidateOptionsResult Validate(string? name, RemindersOptions options)
    {
        var errors = new List<string>();
        if (options.InstallsEnabled)
        {
            // The id goes into Graph's path: a GUID cannot name anything but a directory object.
            if (!Guid.TryParse(options.InstallForGroupId, out _))
            {
                errors.Add("Reminders:InstallForGroupId is not the object id (a GUID) of an Entra group; leave it empty to reach only people who have a chat with the bot.");
            }

            if (string.IsNullOrWhiteSpace(graph.Value.TeamsAppId) && string.IsNullOrWhiteSpace(graph.Value.CatalogAppId))
            {
                errors.Add("Reminders:InstallForGroupId needs Graph:TeamsAppId (or Graph:CatalogAppId): the bot installs itself for the group's members through Microsoft Graph.");
            }
        }

        if (!string.IsNullOrWhiteSpace(options.InstallServiceUrl) && !serviceUrls.IsAllowed(options.InstallServiceUrl))
        {
            errors.Add("Reminders:InstallServiceUrl is not a Teams connector address (such as https://smba.trafficmanager.net/teams/) or a host in Bot:AllowedServiceHosts.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
