using TeamsCompanion.Guidance.Packs;

namespace TeamsCompanion.Guidance.Versions;

/// <summary>A diff in plain words, Dutch first: one line per change, for cards and the command line.</summary>
public static class DiffText
{
    public static IEnumerable<string> Lines(PackDiff diff, Language language)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var en = language == Language.En;
        if (diff.IsEmpty)
        {
            yield return en ? "No rules, tips or tools changed." : "Er zijn geen regels, tips of hulpmiddelen veranderd.";
            yield break;
        }

        foreach (var change in diff.Changes)
        {
            var title = change.Title.For(language);
            yield return (change.Kind, change.Part) switch
            {
                (ChangeKind.Added, ChangedPart.Tool) => en ? $"New tool on the list: {title} ({Status(change.Detail, en)})" : $"Nieuw hulpmiddel op de lijst: {title} ({Status(change.Detail, en)})",
                (ChangeKind.Changed, ChangedPart.Tool) when change.Detail is { } statuses => en ? $"{title}: now {Status(statuses.Split('→')[1], en)} (was {Status(statuses.Split('→')[0], en)})" : $"{title}: nu {Status(statuses.Split('→')[1], en)} (was {Status(statuses.Split('→')[0], en)})",
                (ChangeKind.Changed, ChangedPart.Tool) => en ? $"Conditions changed for {title}" : $"Voorwaarden veranderd voor {title}",
                (ChangeKind.Removed, ChangedPart.Tool) => en ? $"No longer on the list: {title}" : $"Niet meer op de lijst: {title}",
                (ChangeKind.Added, ChangedPart.Rule) => en ? $"New rule: {title}" : $"Nieuwe regel: {title}",
                (ChangeKind.Changed, ChangedPart.Rule) => en ? $"Changed rule: {title}" : $"Gewijzigde regel: {title}",
                (ChangeKind.Removed, ChangedPart.Rule) => en ? $"Rule dropped: {title}" : $"Regel vervallen: {title}",
                (ChangeKind.Added, ChangedPart.Tip) => en ? $"New tip: {title}" : $"Nieuwe tip: {title}",
                (ChangeKind.Changed, ChangedPart.Tip) => en ? $"Changed tip: {title}" : $"Gewijzigde tip: {title}",
                (ChangeKind.Removed, ChangedPart.Tip) => en ? $"Tip dropped: {title}" : $"Tip vervallen: {title}",
                (_, ChangedPart.Disclosure) => en ? "New wording for the AI disclosure line" : "Nieuwe tekst voor de AI-vermelding",
                _ => en ? "New AI contact point details" : "Nieuwe gegevens van het AI-aanspreekpunt",
            };
        }
    }

    private static string Status(string? status, bool en) => status switch
    {
        nameof(ToolStatus.Approved) => en ? "allowed" : "toegestaan",
        nameof(ToolStatus.Conditional) => en ? "allowed under conditions" : "toegestaan onder voorwaarden",
        nameof(ToolStatus.Forbidden) => en ? "not allowed" : "niet toegestaan",
        _ => status ?? string.Empty,
    };
}
