using System.Globalization;
using TeamsCompanion.Bot.Handoff;
using TeamsCompanion.Bot.Localization;
using TeamsCompanion.Guidance.Packs;
using static TeamsCompanion.Bot.Cards.CardParts;
using static TeamsCompanion.Bot.Cards.HandoffCards;

namespace TeamsCompanion.Bot.Cards;

/// <summary>The support contact's side: the ticket card (take, answer, close) and short notices.</summary>
public static class TicketCards
{
    public const string AnswerInput = "answer";

    public static AdaptiveCard ForContact(Ticket ticket, Language language, TimeZoneInfo zone, string? problem = null)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var say = new Say(language);
        var anonymous = ticket.Kind == TicketKind.AnonymousReport;
        var title = anonymous ? say.T($"Anonieme melding {ticket.Id}", $"Anonymous report {ticket.Id}") : say.T($"Vraag {ticket.Id}", $"Question {ticket.Id}");
        var body = new List<CardElement> { Title(title) };
        AddProblem(body, problem);
        body.Add(new TextBlock { Text = Status(ticket, say), Weight = "Bolder", Color = ticket.State == TicketState.Open ? "Attention" : "Good", Spacing = "Small" });
        var facts = new List<Fact> { new(say.T("Ontvangen", "Received"), When(ticket.CreatedAt, zone, say, dayOnly: anonymous)) };
        if (ticket.Rating is { } rating)
        {
            facts.Add(new(say.T("Beoordeling", "Rating"), $"{rating}/5"));
        }

        body.Add(new FactSet { Facts = facts });
        if (anonymous)
        {
            body.Add(Note(say.T("Anoniem: niemand weet wie dit meldde, ook de app niet. Terugschrijven kan niet; de melder kan wel iets toevoegen.",
                "Anonymous: nobody knows who reported this, the app neither. You cannot write back; the reporter can add information.")));
        }

        if (ticket.SentRedacted)
        {
            body.Add(Note(say.T("Persoonsgegevens zijn vervangen voordat dit werd verstuurd.", "Personal data was replaced before this was sent.")));
        }

        body.AddRange(ticket.Messages.Select((m, i) => Message(m, i, anonymous, say)));
        var data = new Dictionary<string, object> { ["ticketId"] = ticket.Id, ["version"] = ticket.Version };
        var actions = new List<CardAction>();
        if (ticket.State == TicketState.Closed)
        {
            actions.Add(Button(say.T("Heropenen", "Reopen"), HandoffVerbs.Reopen, data, inDialog: false));
        }
        else
        {
            if (ticket.State == TicketState.Open)
            {
                actions.Add(Button(say.T("Oppakken", "Take it"), HandoffVerbs.Assign, data, inDialog: false, "positive"));
            }

            if (!anonymous)
            {
                body.Add(new InputText { Id = AnswerInput, Label = say.T("Je antwoord", "Your answer"), IsMultiline = true, MaxLength = TicketService.MaxTextLength, Spacing = "Large" });
                body.Add(new ActionSet { Actions = [Button(say.T("Beantwoorden", "Answer"), HandoffVerbs.Answer, data, inDialog: false, "positive")] });
            }

            actions.Add(Button(say.T("Sluiten", "Close"), HandoffVerbs.Close, data, inDialog: false));
        }

        var fallback = $"{title}{Environment.NewLine}{ticket.Messages.FirstOrDefault()?.Text}";
        return new AdaptiveCard { FallbackText = fallback, Body = body, Actions = actions };
    }

    /// <summary>A nudge in a contact's chat: a follow-up arrived, or a ticket waits too long.</summary>
    public static AdaptiveCard Notice(Ticket ticket, Language language, bool reminder)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var say = new Say(language);
        var what = ticket.Kind == TicketKind.AnonymousReport ? say.T("melding", "report") : say.T("vraag", "question");
        var (title, text) = reminder
            ? (say.T($"Herinnering: {what} {ticket.Id} wacht op je", $"Reminder: {what} {ticket.Id} is waiting for you"),
                say.T("Deze wacht langer dan de afgesproken tijd. Pak hem op of beantwoord hem in de kaart hierboven.", "It has waited longer than agreed. Take it or answer it in the card above."))
            : (say.T($"Nieuw bericht bij {what} {ticket.Id}", $"New message on {what} {ticket.Id}"),
                say.T("De vraagsteller heeft iets toegevoegd. Je ziet het in de kaart hierboven.", "The asker added something. You see it in the card above."));
        return new AdaptiveCard { FallbackText = $"{title}{Environment.NewLine}{text}", Body = [Title(title), Paragraph(text)] };
    }

    private static string Status(Ticket ticket, Say say) => ticket.State switch
    {
        TicketState.Open => say.T("Open: nog niemand heeft dit opgepakt", "Open: nobody has taken this yet"),
        TicketState.Assigned => say.T($"Opgepakt door {ticket.AssigneeName ?? "een collega"}", $"Taken by {ticket.AssigneeName ?? "a colleague"}"),
        TicketState.Answered => say.T($"Beantwoord door {ticket.AssigneeName ?? "een collega"}", $"Answered by {ticket.AssigneeName ?? "a colleague"}"),
        _ => say.T("Gesloten", "Closed"),
    };

    private static Container Message(TicketMessage message, int index, bool anonymous, Say say)
    {
        var label = (message.Author, index) switch
        {
            (TicketAuthor.Contact, _) => say.T($"Antwoord van {message.AuthorName ?? "een collega"}", $"Answer from {message.AuthorName ?? "a colleague"}"),
            (_, 0) => anonymous ? say.T("Melding", "Report") : say.T("Vraag", "Question"),
            _ => anonymous ? say.T("Aanvulling", "Addition") : say.T("Vervolgvraag", "Follow-up"),
        };
        return new Container
        {
            Spacing = "Medium",
            Style = message.Author == TicketAuthor.Requester ? "emphasis" : null,
            Items = [new TextBlock { Text = label, Weight = "Bolder", Size = "Small" }, new TextBlock { Text = message.Text ?? say.T("(tekst verwijderd na de bewaartermijn)", "(text deleted after the retention period)") }],
        };
    }

    private static string When(DateTimeOffset at, TimeZoneInfo zone, Say say, bool dayOnly)
    {
        var culture = CultureInfo.GetCultureInfo(say.Language == Language.En ? "en-GB" : "nl-NL");
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return local.ToString(dayOnly ? "d MMM yyyy" : "d MMM yyyy HH:mm", culture);
    }
}
