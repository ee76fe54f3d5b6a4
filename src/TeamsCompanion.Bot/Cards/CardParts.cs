using TeamsCompanion.Bot.Localization;
using TeamsCompanion.Guidance.Packs;

namespace TeamsCompanion.Bot.Cards;

/// <summary>The building blocks every card shares, so all cards look and read alike.</summary>
internal static class CardParts
{
    public static TextBlock Title(string text) => new() { Text = text, Size = "Large", Weight = "Bolder", Style = "heading" };

    public static TextBlock Heading(string text) => new() { Text = text, Size = "Medium", Weight = "Bolder", Spacing = "Large", Style = "heading" };

    public static TextBlock Paragraph(string text) => new() { Text = text };

    public static TextBlock Note(string text) => new() { Text = text, Size = "Small", IsSubtle = true, Spacing = "Small" };

    public static Container Item(GuidanceItem item, Say say) => new()
    {
        Spacing = "Medium",
        Items =
        [
            new TextBlock { Text = say.T(item.Title), Weight = "Bolder" },
            new TextBlock { Text = say.T(item.Text), Spacing = "Small" },
            Note(item.Source),
        ],
    };

    public static string SupportLine(PolicyPack pack, Say say)
    {
        var contact = say.T(pack.Support.Name);
        return pack.Support.Email is { } email ? $"{contact} ({email})" : contact;
    }

    /// <summary>The plain-text version of a card: title, then each item as "- title: text (source)".</summary>
    public static string Fallback(string title, IEnumerable<GuidanceItem> items, Say say) =>
        title + Environment.NewLine + string.Join(Environment.NewLine, items.Select(i => $"- {say.T(i.Title)}: {say.T(i.Text)} ({i.Source})"));
}
