using TeamsCompanion.Bot.Localization;

namespace TeamsCompanion.Bot.Cards;

/// <summary>Display names of the pack's topics, and the words users type for them.</summary>
internal static class Topics
{
    public static string Name(string topic, Say say) => topic switch
    {
        "prompts" => say.T("Goede prompts schrijven", "Writing good prompts"),
        "juridisch" => say.T("Juridisch", "Legal"),
        "ethiek" => say.T("Ethiek", "Ethics"),
        "algemeen" => say.T("Algemeen", "General"),
        "privacy" => say.T("Privacy", "Privacy"),
        "beveiliging" => say.T("Beveiliging", "Security"),
        "transparantie" => say.T("Transparantie", "Transparency"),
        "verantwoording" => say.T("Verantwoording", "Accountability"),
        _ => topic,
    };

    /// <summary>The tip topic a user means by <paramref name="word"/> ("legal" → juridisch), or null.</summary>
    public static string? TipTopic(string word) => word.ToLowerInvariant() switch
    {
        "prompt" or "prompts" or "prompten" or "prompting" => "prompts",
        "juridisch" or "juridische" or "legal" or "law" or "wet" or "recht" => "juridisch",
        "ethiek" or "ethisch" or "ethische" or "ethics" or "ethical" => "ethiek",
        _ => null,
    };
}
