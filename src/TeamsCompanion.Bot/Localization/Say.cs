using TeamsCompanion.Guidance.Packs;

namespace TeamsCompanion.Bot.Localization;

/// <summary>Picks the user's language from a Dutch and an English text; Dutch comes first everywhere.</summary>
public readonly record struct Say(Language Language)
{
    public string T(string nl, string en) => Language == Language.En ? en : nl;

    public string T(LocalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.For(Language);
    }
}
