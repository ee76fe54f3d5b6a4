using TeamsCompanion.Bot.Localization;
using TeamsCompanion.Guidance.Packs;
using TeamsCompanion.Guidance.Versions;
using static TeamsCompanion.Bot.Cards.CardParts;

namespace TeamsCompanion.Bot.Cards;

/// <summary>The message everyone gets when the organisation publishes new rules, and the reply to "Gelezen en begrepen".</summary>
public static class ReminderCards
{
    public const string AcknowledgeVerb = "policy.ack";
    private const int MaxChangesShown = 8;

    public static AdaptiveCard Notice(PolicyPack pack, int version, PackDiff diff, string releaseNotes, bool informational, int round, Language language)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(diff);
        var say = new Say(language);
        var title = round == 0
            ? say.T($"De AI-regels zijn veranderd (versie {version})", $"The AI rules have changed (version {version})")
            : say.T($"Herinnering: lees de nieuwe AI-regels (versie {version})", $"Reminder: read the new AI rules (version {version})");
        var lines = DiffText.Lines(diff, language).ToList();
        var body = new List<CardElement>
        {
            Title(title),
            Paragraph(pack.DisplayTitle(language)),
            Heading(say.T("Wat is er veranderd?", "What has changed?")),
        };
        body.AddRange(lines.Take(MaxChangesShown).Select(line => (CardElement)new TextBlock { Text = "- " + line, Spacing = "Small" }));
        if (lines.Count > MaxChangesShown)
        {
            body.Add(Note(say.T($"En nog {lines.Count - MaxChangesShown} wijzigingen. Typ 'regels' of 'tips' om alles te zien.", $"And {lines.Count - MaxChangesShown} more changes. Type 'rules' or 'tips' to see everything.")));
        }

        if (!string.IsNullOrWhiteSpace(releaseNotes))
        {
            body.Add(Heading(say.T("Toelichting", "Notes")));
            body.Add(Paragraph(releaseNotes));
        }

        body.Add(Note(informational
            ? say.T("Ter informatie: je hoeft niets te doen.", "For your information: you do not need to do anything.")
            : say.T("Waarom dit ertoe doet: je organisatie moet kunnen laten zien dat iedereen de regels voor AI kent (Handreiking §4.3, §8.1; EU AI-verordening art. 4, AI-geletterdheid).",
                "Why this matters: your organisation must be able to show that everyone knows the rules for AI (Handreiking §4.3, §8.1; EU AI Act art. 4, AI literacy).")));
        var actions = new List<CardAction>();
        if (!informational)
        {
            actions.Add(new ExecuteAction { Title = say.T("Gelezen en begrepen", "Read and understood"), Style = "positive", Verb = AcknowledgeVerb, Data = new Dictionary<string, object> { ["version"] = version, ["lang"] = language == Language.En ? "en" : "nl" } });
        }

        actions.Add(SubmitAction.ForCommand(say.T("Bekijk de regels", "See the rules"), say.T("regels", "rules")));
        return new AdaptiveCard { FallbackText = $"{title}{Environment.NewLine}{string.Join(Environment.NewLine, lines)}", Body = body, Actions = actions };
    }

    public static AdaptiveCard Acknowledged(int version, Language language)
    {
        var say = new Say(language);
        var title = say.T("Dank je wel", "Thank you");
        var text = say.T($"Je hebt versie {version} van de AI-regels gelezen en begrepen. Dat is genoteerd.", $"You have read and understood version {version} of the AI rules. This has been recorded.");
        return new AdaptiveCard { FallbackText = $"{title}{Environment.NewLine}{text}", Body = [Title(title), Paragraph(text)], Actions = [SubmitAction.ForCommand(say.T("Bekijk de regels", "See the rules"), say.T("regels", "rules"))] };
    }
}
