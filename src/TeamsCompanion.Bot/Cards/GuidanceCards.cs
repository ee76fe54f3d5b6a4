using TeamsCompanion.Bot.Localization;
using TeamsCompanion.Guidance.Packs;
using TeamsCompanion.Guidance.Search;
using static TeamsCompanion.Bot.Cards.CardParts;

namespace TeamsCompanion.Bot.Cards;

/// <summary>Cards that show the pack's guidance: tips, rules and answers to questions.</summary>
public static class GuidanceCards
{
    public static AdaptiveCard Tips(PolicyPack pack, string? topic, Language language)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var say = new Say(language);
        var tips = pack.Tips.Where(t => topic is null || t.Topic == topic).ToList();
        var title = topic is null ? say.T("Tips voor werken met AI", "Tips for working with AI") : $"Tips: {Topics.Name(topic, say)}";
        var body = new List<CardElement> { Title(title), Note(pack.DisplayTitle(language)) };
        foreach (var group in tips.GroupBy(t => t.Topic))
        {
            if (topic is null)
            {
                body.Add(Heading(Topics.Name(group.Key, say)));
            }

            body.AddRange(group.Select(t => Item(t, say)));
        }

        var otherTopics = pack.Tips.Select(t => t.Topic).Distinct().Where(t => t != topic).ToList();
        return new AdaptiveCard
        {
            FallbackText = Fallback(title, tips, say),
            Body = body,
            Actions = otherTopics.Select(t => (CardAction)SubmitAction.ForCommand(Topics.Name(t, say), $"tips {t}")).ToList(),
        };
    }

    public static AdaptiveCard Rules(PolicyPack pack, Language language)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var say = new Say(language);
        var title = say.T("Regels voor AI op het werk", "Rules for AI at work");
        var body = new List<CardElement> { Title(title), Note(pack.DisplayTitle(language)) };
        foreach (var group in pack.Rules.GroupBy(r => r.Topic))
        {
            body.Add(Heading(Topics.Name(group.Key, say)));
            body.AddRange(group.Select(r => Item(r, say)));
        }

        return new AdaptiveCard
        {
            FallbackText = Fallback(title, pack.Rules, say),
            Body = body,
            Actions = [SubmitAction.ForCommand(say.T("Welke AI-tools mag ik gebruiken?", "Which AI tools may I use?"), "tools")],
        };
    }

    public static AdaptiveCard Answer(PolicyPack pack, SearchResult result, Language language)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(result);
        var say = new Say(language);
        var title = result.Hits.Count == 0
            ? say.T("Daar heb ik geen antwoord op", "I have no answer to that")
            : say.T("Dit zegt de richtlijn", "This is what the guidance says");
        var body = new List<CardElement> { Title(title) };
        body.AddRange(result.Hits.Select(h => Item(h.Item, say)));
        var notFound = say.T(
            $"Niet gevonden wat je zocht? Vraag het je AI-contactpersoon: {SupportLine(pack, say)}.",
            $"Not what you were looking for? Ask your AI contact person: {SupportLine(pack, say)}.");
        if (result.IsWeak)
        {
            body.Add(new TextBlock { Text = notFound, Spacing = "Large", Separator = true });
        }

        return new AdaptiveCard
        {
            FallbackText = Fallback(title, result.Hits.Select(h => h.Item), say) + (result.IsWeak ? Environment.NewLine + notFound : string.Empty),
            Body = body,
            Actions =
            [
                SubmitAction.ForCommand("Tips", "tips"),
                SubmitAction.ForCommand(say.T("Regels", "Rules"), say.T("regels", "rules")),
                SubmitAction.ForCommand("Help", "help"),
            ],
        };
    }

    /// <summary>One rule or tip on its own, to insert into a conversation.</summary>
    public static AdaptiveCard OneItem(PolicyPack pack, GuidanceItem item, Language language)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(item);
        var say = new Say(language);
        return new AdaptiveCard
        {
            FallbackText = $"{say.T(item.Title)}: {say.T(item.Text)} ({item.Source})",
            Body = [CardParts.Item(item, say), Note(pack.DisplayTitle(language))],
        };
    }

    /// <summary>The reply's locale. Not the card's <c>lang</c>: the official renderer rejects that property intermittently.</summary>
    internal static string Locale(Language language) => language == Language.En ? "en-GB" : "nl-NL";
}
