using System.Text.RegularExpressions;

namespace TeamsCompanion.Guidance.Packs;

/// <summary>The forms a support contact and a support channel may take, in a pack and in configuration alike.</summary>
public static partial class SupportIds
{
    /// <summary>An Entra object id (a GUID) or a user principal name.</summary>
    public static bool IsContact(string value) => Guid.TryParse(value, out _) || UpnPattern().IsMatch(value);

    public static bool IsChannel(string value) => ChannelPattern().IsMatch(value);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex UpnPattern();

    [GeneratedRegex(@"^19:[^\s/]+@thread\.(tacv2|skype)$")]
    private static partial Regex ChannelPattern();
}
