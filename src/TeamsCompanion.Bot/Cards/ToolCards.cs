using TeamsCompanion.Bot.Localization;
using TeamsCompanion.Guidance.Packs;
using static TeamsCompanion.Bot.Cards.CardParts;

namespace TeamsCompanion.Bot.Cards;

/// <summary>Cards that answer "mag ik … gebruiken?" from the pack's tool list.</summary>
public static class ToolCards
{
    /// <param name="asked">The tools the question named; empty for the whole list.</param>
    /// <param name="unknownToolAsked">The user asked about a tool that is not in the list.</param>
    public static AdaptiveCard Tools(PolicyPack pack, IReadOnlyList<AiTool> asked, bool unknownToolAsked, Language language)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(asked);
        var say = new Say(language);
        var tools = asked.Count > 0 ? asked : pack.Tools;
        var title = asked.Count > 0
            ? say.T("Mag ik dit AI-hulpmiddel gebruiken?", "May I use this AI tool?")
            : say.T("AI-hulpmiddelen: wat mag wel en niet?", "AI tools: what is allowed?");
        var body = new List<CardElement> { Title(title), Note(pack.DisplayTitle(language)) };
        if (unknownToolAsked)
        {
            body.Add(Paragraph(say.T(
                $"Dit hulpmiddel staat niet in de lijst van je organisatie. Gebruik het niet voor werk tot je het hebt nagevraagd bij je AI-contactpersoon: {SupportLine(pack, say)}.",
                $"This tool is not on your organisation's list. Do not use it for work until you have checked with your AI contact person: {SupportLine(pack, say)}.")));
        }

        body.AddRange(tools.Select(tool => ToolBlock(tool, say)));
        return new AdaptiveCard
        {
            FallbackText = title + Environment.NewLine + string.Join(
                Environment.NewLine,
                tools.Select(t => $"- {say.T(t.Name)}: {Status(t.Status, say)}. {say.T(t.Conditions)} ({t.Source})")),
            Body = body,
            Actions = asked.Count > 0 ? [SubmitAction.ForCommand(say.T("Alle hulpmiddelen", "All tools"), "tools")] : null,
        };
    }

    private static Container ToolBlock(AiTool tool, Say say) => new()
    {
        Spacing = "Medium",
        Items =
        [
            new TextBlock { Text = say.T(tool.Name), Weight = "Bolder" },
            new TextBlock { Text = Status(tool.Status, say), Color = StatusColor(tool.Status), Weight = "Bolder", Spacing = "Small" },
            new TextBlock { Text = say.T(tool.Conditions), Spacing = "Small" },
            Note(tool.Source),
        ],
    };

    // Text as well as colour: colour alone does not reach every reader.
    private static string Status(ToolStatus status, Say say) => status switch
    {
        ToolStatus.Approved => say.T("✅ Toegestaan", "✅ Allowed"),
        ToolStatus.Conditional => say.T("⚠️ Alleen onder voorwaarden", "⚠️ Only under conditions"),
        _ => say.T("⛔ Niet voor werk", "⛔ Not for work"),
    };

    private static string StatusColor(ToolStatus status) => status switch
    {
        ToolStatus.Approved => "Good",
        ToolStatus.Conditional => "Warning",
        _ => "Attention",
    };
}
