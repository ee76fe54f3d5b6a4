using TeamsCompanion.Bot.Handoff;
using TeamsCompanion.Bot.Localization;
using TeamsCompanion.DraftCheck;
using TeamsCompanion.Guidance.Packs;
using static TeamsCompanion.Bot.Cards.CardParts;

namespace TeamsCompanion.Bot.Cards;

/// <summary>
/// The asker's side of the hand-over: ask, check, confirm, and the answer. In chat the buttons are
/// <c>Action.Execute</c> (the card updates in place); in a message-extension dialog they submit the dialog.
/// </summary>
public static class HandoffCards
{
    public const string QuestionInput = "question";
    public const string FollowUpInput = "followUp";
    public const string RatingInput = "rating";

    public static AdaptiveCard AskForm(PolicyPack pack, Language language, string requestKey, bool inDialog, string? text = null, string? problem = null)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var say = new Say(language);
        var title = say.T("Vraag het een mens", "Ask a person");
        var body = new List<CardElement> { Title(title) };
        AddProblem(body, problem);
        body.Add(Paragraph(say.T($"Je vraag gaat naar {SupportLine(pack, say)}.", $"Your question goes to {SupportLine(pack, say)}.")));
        body.Add(new InputText
        {
            Id = QuestionInput,
            Label = say.T("Je vraag", "Your question"),
            IsMultiline = true,
            MaxLength = TicketService.MaxTextLength,
            IsRequired = true,
            ErrorMessage = say.T("Typ eerst je vraag.", "Type your question first."),
            Value = text,
        });
        body.Add(Note(say.T("Zet geen persoonsgegevens in je vraag. Voor het versturen controleren we dat voor je.", "Do not put personal data in your question. We check this for you before it is sent.")));
        return new AdaptiveCard
        {
            FallbackText = title,
            Body = body,
            Actions = [Button(say.T("Controleren", "Check"), HandoffVerbs.Review, new() { ["requestKey"] = requestKey }, inDialog, "positive")],
        };
    }

    /// <summary>Shows the question back before it is sent; with personal data, offers the version without it.</summary>
    public static AdaptiveCard Review(PolicyPack pack, Language language, ScreenedText screened, string requestKey, bool inDialog)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(screened);
        var say = new Say(language);
        var title = say.T("Klopt je vraag?", "Is your question right?");
        var body = new List<CardElement> { Title(title) };
        var data = new Dictionary<string, object> { ["requestKey"] = requestKey, [QuestionInput] = screened.Original };
        List<CardAction> actions;
        if (screened.HasPersonalData)
        {
            body.Add(Warning(say.T(
                $"Let op: {screened.Count} persoonsgegeven(s) gevonden ({TypeNames(screened, say)}). Stuur liever de versie zonder persoonsgegevens:",
                $"Attention: {screened.Count} piece(s) of personal data found ({TypeNames(screened, say)}). Better send the version without personal data:")));
            body.Add(Quote(screened.Redacted));
            actions =
            [
                Button(say.T("Verstuur zonder persoonsgegevens", "Send without personal data"), HandoffVerbs.Send, With(data, "redact", true), inDialog, "positive"),
                Button(say.T("Verstuur zoals ik het schreef", "Send as I wrote it"), HandoffVerbs.Send, With(data, "redact", false), inDialog),
            ];
        }
        else
        {
            body.Add(Paragraph(say.T($"Dit gaat naar {SupportLine(pack, say)}:", $"This goes to {SupportLine(pack, say)}:")));
            body.Add(Quote(screened.Original));
            actions = [Button(say.T("Versturen", "Send"), HandoffVerbs.Send, With(data, "redact", false), inDialog, "positive")];
        }

        actions.Add(Button(say.T("Aanpassen", "Edit"), HandoffVerbs.Edit, data, inDialog));
        return new AdaptiveCard { FallbackText = title, Body = body, Actions = actions };
    }

    public static AdaptiveCard Sent(PolicyPack pack, Language language, Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(ticket);
        var say = new Say(language);
        var title = say.T($"Verstuurd: vraag {ticket.Id}", $"Sent: question {ticket.Id}");
        var lines = new List<string>
        {
            say.T($"Je vraag is bij {SupportLine(pack, say)}. Het antwoord komt hier in de chat met mij, met het nummer {ticket.Id}.",
                $"Your question is with {SupportLine(pack, say)}. The answer will arrive here in the chat with me, with number {ticket.Id}."),
        };
        lines.AddRange(Expectation(pack, say));
        if (ticket.SentRedacted)
        {
            lines.Add(say.T("De persoonsgegevens zijn eruit gehaald.", "The personal data was taken out."));
        }

        return new AdaptiveCard { FallbackText = string.Join(Environment.NewLine, [title, .. lines]), Body = [Title(title), .. lines.Select(Paragraph)] };
    }

    /// <summary>The answer, brought to the asker; they can close it, ask more, or rate it.</summary>
    public static AdaptiveCard Answer(Language language, Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var say = new Say(language);
        var answer = ticket.Messages.LastOrDefault(m => m.Author == TicketAuthor.Contact);
        var who = answer?.AuthorName ?? ticket.AssigneeName ?? say.T("je AI-contactpersoon", "your AI contact person");
        var title = say.T($"Antwoord op je vraag {ticket.Id}", $"Answer to your question {ticket.Id}");
        var data = new Dictionary<string, object> { ["ticketId"] = ticket.Id };
        var body = new List<CardElement>
        {
            Title(title),
            Note(say.T($"Van {who}", $"From {who}")),
            new TextBlock { Text = answer?.Text ?? string.Empty, Spacing = "Medium" },
            Heading(say.T("Ben je geholpen?", "Did this help?")),
            new ActionSet { Actions = [Button(say.T("Opgelost", "Solved"), HandoffVerbs.Resolved, data, inDialog: false, "positive")] },
            new InputChoiceSet
            {
                Id = RatingInput,
                Label = say.T("Hoe nuttig was dit antwoord?", "How useful was this answer?"),
                Style = "expanded",
                Choices = [new(say.T("Heel nuttig", "Very useful"), "5"), new(say.T("Nuttig", "Useful"), "4"), new(say.T("Gaat wel", "So-so"), "3"), new(say.T("Niet nuttig", "Not useful"), "1")],
            },
            new ActionSet { Actions = [Button(say.T("Beoordeel", "Rate"), HandoffVerbs.Rate, data, inDialog: false)] },
            new InputText { Id = FollowUpInput, Label = say.T("Nog een vraag hierover?", "Another question about this?"), IsMultiline = true, MaxLength = TicketService.MaxTextLength },
            new ActionSet { Actions = [Button(say.T("Stuur vervolgvraag", "Send follow-up"), HandoffVerbs.FollowUp, data, inDialog: false)] },
        };
        return new AdaptiveCard { FallbackText = $"{title}{Environment.NewLine}{answer?.Text}", Body = body };
    }

    /// <summary>A short message to the asker about their question: closed, passed on, or nobody reachable.</summary>
    public static AdaptiveCard Notice(PolicyPack pack, Language language, Ticket ticket, string notice)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(ticket);
        var say = new Say(language);
        var (title, text) = notice switch
        {
            "closed" => (say.T($"Vraag {ticket.Id} is gesloten", $"Question {ticket.Id} is closed"),
                say.T("Je AI-contactpersoon heeft je vraag gesloten. Heb je nog een vraag? Typ 'vraag het een mens'.", "Your AI contact person closed your question. Another question? Type 'ask a person'.")),
            "rerouted" => (say.T($"Vraag {ticket.Id} is doorgestuurd", $"Question {ticket.Id} was passed on"),
                say.T("Je AI-contactpersoon is nu niet bereikbaar. Je vraag is doorgestuurd naar de vervanger.", "Your AI contact person cannot be reached now. Your question was passed on to the stand-in.")),
            _ => (say.T($"Vraag {ticket.Id} kon niet worden bezorgd", $"Question {ticket.Id} could not be delivered"),
                say.T($"We konden niemand bereiken in Teams. Neem contact op met {SupportLine(pack, say)}.", $"We could not reach anyone in Teams. Please contact {SupportLine(pack, say)}.")),
        };
        return new AdaptiveCard { FallbackText = $"{title}{Environment.NewLine}{text}", Body = [Title(title), Paragraph(text)] };
    }

    /// <summary>What replaces a card after a button did its work.</summary>
    public static AdaptiveCard Done(string title, string text) =>
        new() { FallbackText = $"{title}{Environment.NewLine}{text}", Body = [Title(title), Paragraph(text)] };

    internal static IEnumerable<string> Expectation(PolicyPack pack, Say say)
    {
        if (pack.Support.ResponseTime is { } response)
        {
            yield return say.T(response) + ".";
        }

        if (pack.Support.OfficeHours is { } hours)
        {
            yield return say.T($"Kantoortijden: {say.T(hours)}.", $"Office hours: {say.T(hours)}.");
        }
    }

    internal static CardAction Button(string title, string verb, Dictionary<string, object> data, bool inDialog, string? style = null) => inDialog
        ? new SubmitAction { Title = title, Style = style, Data = With(data, "step", verb) }
        : new ExecuteAction { Title = title, Style = style, Verb = verb, Data = data };

    internal static Dictionary<string, object> With(Dictionary<string, object> data, string key, object value) => new(data) { [key] = value };

    internal static string TypeNames(ScreenedText screened, Say say) =>
        string.Join(", ", screened.Types.Select(t => FindingNames.Name(t, say.Language == Language.En)));

    internal static void AddProblem(List<CardElement> body, string? problem)
    {
        if (problem is not null)
        {
            body.Add(Warning(problem));
        }
    }

    internal static TextBlock Warning(string text) => new() { Text = text, Color = "Attention", Weight = "Bolder" };

    internal static Container Quote(string text) => new()
    {
        Style = "emphasis",
        Items = [new TextBlock { Text = text }],
    };
}

/// <summary>The verbs of the hand-over's buttons (<c>Action.Execute</c> verb, or <c>step</c> in a dialog).</summary>
public static class HandoffVerbs
{
    public const string Review = "handoff.review";
    public const string Send = "handoff.send";
    public const string Edit = "handoff.edit";
    public const string Resolved = "ticket.resolved";
    public const string Rate = "ticket.rate";
    public const string FollowUp = "ticket.followup";
    public const string ReportReview = "report.review";
    public const string ReportSend = "report.send";
    public const string ReportEdit = "report.edit";
    public const string ReportAdd = "report.add";
    public const string Assign = "ticket.assign";
    public const string Answer = "ticket.answer";
    public const string Close = "ticket.close";
    public const string Reopen = "ticket.reopen";
}
