using TeamsCompanion.Bot.Handoff;
using TeamsCompanion.Bot.Localization;
using TeamsCompanion.Guidance.Packs;
using static TeamsCompanion.Bot.Cards.CardParts;
using static TeamsCompanion.Bot.Cards.HandoffCards;

namespace TeamsCompanion.Bot.Cards;

/// <summary>The anonymous report (Handreiking §8.3): what happened, checked for personal data, sent without a name.</summary>
public static class ReportCards
{
    public const string ReportInput = "report";
    public const string CodeInput = "code";
    public const string AdditionInput = "addition";

    public static AdaptiveCard Form(PolicyPack pack, Language language, string requestKey, string? text = null, string? problem = null)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var say = new Say(language);
        var title = say.T("Meld anoniem", "Report anonymously");
        var body = new List<CardElement> { Title(title) };
        AddProblem(body, problem);
        body.Add(Paragraph(say.T(
            "Zag je een fout, discriminatie of een ander nadelig effect van AI? Meld het hier. Je melding gaat zonder je naam naar het AI-aanspreekpunt. We slaan niet op wie je bent.",
            "Did you see an error, discrimination or another harmful effect of AI? Report it here. Your report goes to the AI contact point without your name. We do not store who you are.")));
        body.Add(new InputText
        {
            Id = ReportInput,
            Label = say.T("Wat is er gebeurd?", "What happened?"),
            IsMultiline = true,
            MaxLength = TicketService.MaxTextLength,
            IsRequired = true,
            ErrorMessage = say.T("Beschrijf eerst wat er gebeurde.", "Describe what happened first."),
            Value = text,
        });
        body.Add(Note(say.T(
            "Noem geen namen of andere persoonsgegevens; we controleren dat voor het versturen. Let op: je eigen Teams-chat bewaart wat je typt, zoals elke chat.",
            "Do not name people or give other personal data; we check this before sending. Note: your own Teams chat keeps what you type, like any chat.")));
        return new AdaptiveCard
        {
            FallbackText = title,
            Body = body,
            Actions = [Button(say.T("Controleren", "Check"), HandoffVerbs.ReportReview, new() { ["requestKey"] = requestKey }, inDialog: false, "positive")],
        };
    }

    public static AdaptiveCard Review(Language language, ScreenedText screened, string requestKey)
    {
        ArgumentNullException.ThrowIfNull(screened);
        var say = new Say(language);
        var title = say.T("Klopt je melding?", "Is your report right?");
        var body = new List<CardElement> { Title(title) };
        var data = new Dictionary<string, object> { ["requestKey"] = requestKey, [ReportInput] = screened.Original };
        List<CardAction> actions;
        if (screened.HasPersonalData)
        {
            body.Add(Warning(say.T(
                $"Let op: {screened.Count} persoonsgegeven(s) gevonden ({TypeNames(screened, say)}). Die kunnen laten zien wie je bent of over wie het gaat. Stuur liever deze versie:",
                $"Attention: {screened.Count} piece(s) of personal data found ({TypeNames(screened, say)}). They can show who you are or who it is about. Better send this version:")));
            body.Add(Quote(screened.Redacted));
            actions =
            [
                Button(say.T("Verstuur anoniem, zonder persoonsgegevens", "Send anonymously, without personal data"), HandoffVerbs.ReportSend, With(data, "redact", true), inDialog: false, "positive"),
                Button(say.T("Verstuur zoals ik het schreef", "Send as I wrote it"), HandoffVerbs.ReportSend, With(data, "redact", false), inDialog: false),
            ];
        }
        else
        {
            body.Add(Quote(screened.Original));
            actions = [Button(say.T("Verstuur anoniem", "Send anonymously"), HandoffVerbs.ReportSend, With(data, "redact", false), inDialog: false, "positive")];
        }

        actions.Add(Button(say.T("Aanpassen", "Edit"), HandoffVerbs.ReportEdit, data, inDialog: false));
        return new AdaptiveCard { FallbackText = title, Body = body, Actions = actions };
    }

    /// <summary>After sending: the reference code, shown this once, and a way to add information with it.</summary>
    public static AdaptiveCard Sent(Language language, string? code, string? problem = null)
    {
        var say = new Say(language);
        var title = say.T("Je melding is verstuurd", "Your report was sent");
        var body = new List<CardElement> { Title(title) };
        AddProblem(body, problem);
        body.Add(Paragraph(say.T("Je melding ging zonder je naam naar het AI-aanspreekpunt. Dank je wel.", "Your report went to the AI contact point without your name. Thank you.")));
        if (code is not null)
        {
            body.Add(Paragraph(say.T($"Je referentiecode: **{code}**. Bewaar deze code: daarmee kun je later iets toevoegen, ook anoniem. Wij kunnen de code niet opnieuw tonen.",
                $"Your reference code: **{code}**. Keep this code: with it you can add information later, still anonymously. We cannot show the code again.")));
        }

        body.AddRange(AddFields(say, code));
        return new AdaptiveCard { FallbackText = title, Body = body };
    }

    /// <summary>Add information to an earlier report: the code and the addition.</summary>
    public static AdaptiveCard AddForm(Language language, string? problem = null)
    {
        var say = new Say(language);
        var title = say.T("Iets toevoegen aan je melding", "Add to your report");
        var body = new List<CardElement> { Title(title) };
        AddProblem(body, problem);
        body.AddRange(AddFields(say, code: null));
        return new AdaptiveCard { FallbackText = title, Body = body };
    }

    private static IEnumerable<CardElement> AddFields(Say say, string? code)
    {
        if (code is null)
        {
            yield return new InputText
            {
                Id = CodeInput,
                Label = say.T("Je referentiecode", "Your reference code"),
                Placeholder = "ABCDE-FGHJK",
                MaxLength = 20,
                IsRequired = true,
                ErrorMessage = say.T("Vul je referentiecode in.", "Fill in your reference code.")
            };
        }

        yield return new InputText { Id = AdditionInput, Label = say.T("Wat wil je toevoegen?", "What do you want to add?"), IsMultiline = true, MaxLength = TicketService.MaxTextLength };
        var data = code is null ? new Dictionary<string, object>() : new Dictionary<string, object> { [CodeInput] = code };
        yield return new ActionSet { Actions = [Button(say.T("Toevoegen", "Add"), HandoffVerbs.ReportAdd, data, inDialog: false)] };
    }
}
