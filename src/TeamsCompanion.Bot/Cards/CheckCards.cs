using TeamsCompanion.Bot.Localization;
using TeamsCompanion.Bot.MessageExtension;
using TeamsCompanion.DraftCheck;
using TeamsCompanion.Guidance.Packs;
using static TeamsCompanion.Bot.Cards.CardParts;

namespace TeamsCompanion.Bot.Cards;

/// <summary>The cards of "Controleer voor delen": the form, the result and what gets inserted.</summary>
public static class CheckCards
{
    public static AdaptiveCard Form(Language language, int maxChars, string? notice = null)
    {
        var say = new Say(language);
        var title = say.T("Controleer voor delen", "Check before sharing");
        var body = new List<CardElement> { Title(title) };
        if (notice is not null)
        {
            body.Add(new TextBlock { Text = notice, Color = "Attention", Weight = "Bolder" });
        }

        body.Add(Paragraph(say.T(
            "Plak je tekst. Ik kijk of er persoonsgegevens in staan en of er een AI-vermelding nodig is. Ik bewaar je tekst niet.",
            "Paste your text. I check it for personal data and whether it needs an AI disclosure. I do not store your text.")));
        body.Add(new InputText
        {
            Id = "draft",
            Label = say.T("Je tekst", "Your text"),
            IsMultiline = true,
            IsRequired = true,
            MaxLength = maxChars,
            ErrorMessage = say.T("Plak eerst je tekst.", "Paste your text first."),
        });
        body.Add(new InputChoiceSet
        {
            Id = "audience",
            Label = say.T("Voor wie is de tekst?", "Who is the text for?"),
            Style = "expanded",
            Value = "internal",
            Choices = [new Choice(say.T("Intern (collega's)", "Internal (colleagues)"), "internal"), new Choice(say.T("Bestemd voor burgers", "For citizens"), "citizens")],
        });
        body.Add(new InputToggle { Id = "aiUsed", Title = say.T("Gemaakt met hulp van AI", "Made with help of AI"), Value = "false" });
        return new AdaptiveCard
        {
            FallbackText = title,
            Body = body,
            Actions = [new SubmitAction { Title = say.T("Controleer", "Check"), Style = "positive", Data = new Dictionary<string, string> { ["step"] = "check" } }],
        };
    }

    public static AdaptiveCard Result(DraftReview review, PolicyPack pack, Language language)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(pack);
        var say = new Say(language);
        var verdicts = Verdicts(review, say).ToList();
        var body = new List<CardElement> { Title(say.T("Resultaat van de controle", "Check result")) };
        body.AddRange(verdicts.Select(v => new TextBlock { Text = v, Weight = "Bolder", Color = review.IsClean ? "Good" : "Attention" }));
        foreach (var finding in review.Shown)
        {
            body.Add(new Container
            {
                Spacing = "Medium",
                Items = [new TextBlock { Text = $"{finding.Name}: {finding.Masked}", Weight = "Bolder" }, Note(finding.Excerpt)],
            });
        }

        if (review.FindingCount > review.Shown.Count)
        {
            var summary = string.Join(", ", review.CountsByType.Select(c => $"{c.Count}× {c.Name}"));
            body.Add(Paragraph(say.T($"In totaal: {summary}.", $"In total: {summary}.")));
        }

        if (review.TooLongToInsert)
        {
            body.Add(Note(say.T(
                "Je tekst is te lang om hier aangepast terug te zetten. Pas de gevonden gegevens zelf aan.",
                "Your text is too long to put back here with the fixes. Change what was found yourself.")));
        }

        body.AddRange(Advice(review, say).Select(a => new TextBlock { Text = a, Spacing = "Medium" }));
        return new AdaptiveCard
        {
            FallbackText = string.Join(Environment.NewLine, verdicts),
            Body = body,
            Actions = Actions(review, say),
        };
    }

    /// <summary>The text the user chose to insert, as a card in the compose box.</summary>
    public static AdaptiveCard Insert(string text) => new()
    {
        // The body holds the text; the fallback only says what it is, so the card stays small.
        FallbackText = text.Length <= 200 ? text : text[..200] + "…",
        Body = text.Split("\n\n").Select(p => (CardElement)new TextBlock { Text = p.Trim() }).ToList(),
    };

    public static AdaptiveCard Contact(PolicyPack pack, Language language)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var say = new Say(language);
        var lines = new List<string> { say.T($"Je AI-contactpersoon: {SupportLine(pack, say)}.", $"Your AI contact person: {SupportLine(pack, say)}.") };
        if (pack.Support.OfficeHours is { } hours)
        {
            lines.Add(say.T(hours));
        }

        if (pack.Support.ResponseTime is { } response)
        {
            lines.Add(say.T(response));
        }

        var title = say.T("Vraag je AI-contactpersoon", "Ask your AI contact person");
        return new AdaptiveCard
        {
            FallbackText = string.Join(Environment.NewLine, [title, .. lines]),
            Body = [Title(title), .. lines.Select(Paragraph), Note(say.T("Stuur je tekst niet mee als er persoonsgegevens in staan.", "Do not send your text along if it contains personal data."))],
            Actions = pack.Support.Email is { } email ? [new OpenUrlAction { Title = say.T("Mail je vraag", "E-mail your question"), Url = $"mailto:{email}" }] : null,
        };
    }

    private static IEnumerable<string> Verdicts(DraftReview review, Say say)
    {
        if (review.FindingCount > 0)
        {
            yield return say.T($"Let op: {review.FindingCount} persoonsgegeven(s) gevonden.", $"Attention: {review.FindingCount} piece(s) of personal data found.");
        }

        if (review.Leftovers.Count > 0)
        {
            yield return say.T("Er staan nog resten van een AI-antwoord in de tekst.", "The text still contains leftovers of an AI answer.");
        }

        if (review.Disclosure is not null)
        {
            yield return say.T("Geen AI-vermelding, terwijl de tekst naar burgers gaat.", "No AI disclosure, while the text goes to citizens.");
        }

        if (review.IsClean)
        {
            yield return say.T("Geen persoonsgegevens gevonden. Je kunt dit delen.", "No personal data found. You can share this.");
        }
    }

    private static IEnumerable<string> Advice(DraftReview review, Say say)
    {
        if (review.FindingCount > 0)
        {
            yield return say.T(
                "Haal persoonsgegevens weg, tenzij de ontvanger ze echt nodig heeft en mag zien. Zet ze nooit in een AI-tool die daar niet voor is goedgekeurd. (Handreiking §9.1, §5.2)",
                "Remove personal data unless the recipient really needs it and may see it. Never put it into an AI tool not approved for that. (Handreiking §9.1, §5.2)");
        }

        if (review.Leftovers.Count > 0)
        {
            yield return say.T(
                $"Haal deze resten weg en lees de tekst nog eens na: {string.Join(", ", review.Leftovers.Select(l => $"\"{l}\""))}. (Handreiking §9.2)",
                $"Remove these leftovers and read the text again: {string.Join(", ", review.Leftovers.Select(l => $"\"{l}\""))}. (Handreiking §9.2)");
        }

        if (review.Disclosure is not null)
        {
            yield return say.T(
                "Tekst die met AI is gemaakt en naar burgers gaat, zeg je dat erbij. (Handreiking §9.2; AI-verordening art. 50)",
                "Text made with AI that goes to citizens must say so. (Handreiking §9.2; EU AI Act art. 50)");
        }
    }

    private static List<CardAction> Actions(DraftReview review, Say say)
    {
        var actions = new List<CardAction>();
        if (review.Redacted is { } redacted)
        {
            var title = review.Disclosure is null
                ? say.T("Vervang persoonsgegevens", "Replace personal data")
                : say.T("Vervang persoonsgegevens en voeg AI-vermelding toe", "Replace personal data and add AI disclosure");
            actions.Add(Insert(title, redacted));
        }

        if (review.WithDisclosure is { } withDisclosure)
        {
            actions.Add(Insert(say.T("Voeg AI-vermelding toe", "Add AI disclosure"), withDisclosure));
        }

        actions.Add(new SubmitAction { Title = say.T("Vraag mijn AI-contactpersoon", "Ask my AI contact person"), Data = new Dictionary<string, string> { ["step"] = "contact" } });
        return actions;
    }

    // The fixed text travels in the card, not in our storage: the next submit inserts it as it is.
    private static SubmitAction Insert(string title, string text) =>
        new() { Title = title, Data = new Dictionary<string, string> { ["step"] = "insert", ["text"] = text } };
}
