using Microsoft.Extensions.Options;
using TeamsCompanion.Bot.Policy;
using TeamsCompanion.Guidance.Packs;

namespace TeamsCompanion.Bot.Handoff;

/// <summary>
/// The <c>Support</c> section: operators override the pack's contacts without a new pack version.
/// Empty values leave the pack's own.
/// </summary>
public sealed class SupportOptions
{
    public const string Section = "Support";

    /// <summary>Entra object ids or UPNs of the people who answer.</summary>
    public List<string> Contacts { get; set; } = [];

    public string? FallbackContact { get; set; }

    /// <summary>A Teams channel id (19:…@thread.tacv2) of the support team.</summary>
    public string? ChannelId { get; set; }
}

internal sealed class SupportOptionsValidator : IValidateOptions<SupportOptions>
{
    public ValidateOptionsResult Validate(string? name, SupportOptions options)
    {
        var failures = new List<string>();
        failures.AddRange(options.Contacts.Where(c => !SupportIds.IsContact(c))
            .Select(c => $"Support:Contacts has '{c}', which is not an Entra object id or a user name like name@organisation.nl."));
        if (!string.IsNullOrWhiteSpace(options.FallbackContact) && !SupportIds.IsContact(options.FallbackContact))
        {
            failures.Add($"Support:FallbackContact '{options.FallbackContact}' is not an Entra object id or a user name like name@organisation.nl.");
        }

        if (!string.IsNullOrWhiteSpace(options.ChannelId) && !SupportIds.IsChannel(options.ChannelId))
        {
            failures.Add($"Support:ChannelId '{options.ChannelId}' is not a Teams channel id like 19:abc…@thread.tacv2.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

/// <summary>The routing in force: the pack's, with the operator's overrides.</summary>
public sealed class SupportRoutingProvider(PolicyPackProvider packs, IOptionsMonitor<SupportOptions> options)
{
    public SupportRouting Current
    {
        get
        {
            var routing = packs.Pack.Support.Routing;
            var overrides = options.CurrentValue;
            return routing with
            {
                Contacts = overrides.Contacts.Count > 0 ? overrides.Contacts : routing.Contacts,
                Fallback = string.IsNullOrWhiteSpace(overrides.FallbackContact) ? routing.Fallback : overrides.FallbackContact,
                ChannelId = string.IsNullOrWhiteSpace(overrides.ChannelId) ? routing.ChannelId : overrides.ChannelId,
            };
        }
    }
}
