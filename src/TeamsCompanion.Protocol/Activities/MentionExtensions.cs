using System.Text.Json;
using System.Text.RegularExpressions;

namespace TeamsCompanion.Protocol.Activities;

public static partial class MentionExtensions
{
    /// <summary>True when a <c>mention</c> entity names the recipient (the bot).</summary>
    public static bool MentionsRecipient(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var botId = activity.Recipient?.Id;
        if (botId is null || activity.Entities is null)
        {
            return false;
        }

        foreach (var entity in activity.Entities)
        {
            if (!string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase)
                || entity.ExtensionData?.TryGetValue("mentioned", out var mentioned) != true
                || mentioned.ValueKind != JsonValueKind.Object
                || !mentioned.TryGetProperty("id", out var id)
                || id.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            if (string.Equals(id.GetString(), botId, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The message text without <c>&lt;at&gt;…&lt;/at&gt;</c> mention markup, trimmed.</summary>
    public static string TextWithoutMentions(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Text is null ? string.Empty : AtTag().Replace(activity.Text, string.Empty).Trim();
    }

    [GeneratedRegex("<at>[^<]*</at>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex AtTag();
}
