using TeamsCompanion.Bot.Cards;
using TeamsCompanion.Bot.Localization;
using TeamsCompanion.Guidance.Packs;
using TeamsCompanion.Protocol.Activities;

namespace TeamsCompanion.Bot.Handoff;

/// <summary>The buttons on ticket cards: the contact's (take, answer, close, reopen) and the asker's (solved, follow-up, rate).</summary>
public sealed partial class TicketActions(TicketService tickets, QuestionScreen screen, SupportRoutingProvider routing, ILogger<TicketActions> logger)
{
    public async Task<AdaptiveCard> HandleAsync(string verb, CardData data, Activity activity, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var say = new Say(language);
        if (data.Number("ticketId") is not { } id)
        {
            return Gone(say);
        }

        var requester = activity.From?.AadObjectId;
        switch (verb)
        {
            case HandoffVerbs.Resolved:
                return Requester(await tickets.ResolveAsync(id, requester, cancellationToken), say,
                    say.T($"Fijn dat je geholpen bent. Vraag {id} is gesloten.", $"Glad you were helped. Question {id} is closed."));
            case HandoffVerbs.Rate when data.Number(HandoffCards.RatingInput) is { } rating and >= 1 and <= 5:
                return Requester(await tickets.RateAsync(id, requester, (int)rating, cancellationToken), say,
                    say.T("Dank je wel voor je beoordeling.", "Thank you for your rating."));
            case HandoffVerbs.FollowUp when data.Text(HandoffCards.FollowUpInput) is { Length: <= TicketService.MaxTextLength } text:
                var screened = screen.Screen(text);
                return Requester(await tickets.FollowUpAsync(id, requester, screened.Redacted, cancellationToken), say, screened.HasPersonalData
                    ? say.T($"Je vervolgvraag is bij vraag {id} gezet. Persoonsgegevens erin zijn vervangen.", $"Your follow-up was added to question {id}. Personal data in it was replaced.")
                    : say.T($"Je vervolgvraag is bij vraag {id} gezet. Het antwoord komt hier.", $"Your follow-up was added to question {id}. The answer will come here."));
            case HandoffVerbs.Rate or HandoffVerbs.FollowUp:
                return HandoffCards.Done(say.T("Niets verstuurd", "Nothing sent"), say.T("Kies eerst een beoordeling of typ je vervolgvraag (maximaal 4.000 tekens).", "First pick a rating or type your follow-up (at most 4,000 characters)."));
        }

        var version = (int)(data.Number("version") ?? 0);
        var actor = new Actor(activity.From?.AadObjectId, activity.From?.Name, activity.Conversation?.Id ?? string.Empty);
        var answer = data.Text(TicketCards.AnswerInput);
        if (verb == HandoffVerbs.Answer && (answer is null || answer.Length > TicketService.MaxTextLength))
        {
            return await Current(id, language, say.T("Je antwoord is leeg of langer dan 4.000 tekens. Er is niets verstuurd.", "Your answer is empty or longer than 4,000 characters. Nothing was sent."), cancellationToken);
        }

        var result = verb switch
        {
            HandoffVerbs.Assign => await tickets.AssignAsync(id, version, actor, cancellationToken),
            HandoffVerbs.Answer => await tickets.AnswerAsync(id, version, actor, answer!, cancellationToken),
            HandoffVerbs.Close => await tickets.CloseAsync(id, version, actor, cancellationToken),
            HandoffVerbs.Reopen => await tickets.ReopenAsync(id, version, actor, cancellationToken),
            _ => TicketResult.NotFound,
        };
        LogAction(logger, verb, id, result.Outcome);
        var zone = routing.Current.Hours.TimeZone;
        return result switch
        {
            { Outcome: TicketOutcome.Done, Ticket: { } done } => TicketCards.ForContact(done, language, zone),
            { Outcome: TicketOutcome.Stale, Ticket: { } stale } => TicketCards.ForContact(stale, language, zone, Stale(stale, say)),
            { Outcome: TicketOutcome.NotAllowed } => HandoffCards.Done(say.T("Niet voor jou", "Not for you"), say.T("Dit ticket is niet naar jou of je team gestuurd.", "This ticket was not sent to you or your team.")),
            _ => Gone(say),
        };
    }

    private async Task<AdaptiveCard> Current(long id, Language language, string problem, CancellationToken cancellationToken) =>
        await tickets.FindAsync(id, cancellationToken) is { } ticket
            ? TicketCards.ForContact(ticket, language, routing.Current.Hours.TimeZone, problem)
            : Gone(new Say(language));

    private static AdaptiveCard Requester(TicketResult result, Say say, string done) => result.Outcome switch
    {
        TicketOutcome.Done => HandoffCards.Done(say.T("Gelukt", "Done"), done),
        TicketOutcome.Stale => HandoffCards.Done(say.T("Al gedaan", "Already done"), say.T("Dit was al verwerkt.", "This was already handled.")),
        _ => Gone(say),
    };

    // What the other contact did, so the one who was a moment too late sees who.
    private static string Stale(Ticket ticket, Say say) => ticket.State switch
    {
        TicketState.Assigned => say.T($"{ticket.AssigneeName ?? "Een collega"} heeft dit al opgepakt.", $"{ticket.AssigneeName ?? "A colleague"} has already taken this."),
        TicketState.Answered => say.T($"{ticket.AssigneeName ?? "Een collega"} heeft dit al beantwoord. Je antwoord is niet verstuurd.", $"{ticket.AssigneeName ?? "A colleague"} has already answered this. Your answer was not sent."),
        TicketState.Closed => say.T("Dit is al gesloten.", "This is already closed."),
        _ => say.T("Dit is intussen gewijzigd. Hieronder staat de nieuwste stand.", "This changed in the meantime. Below is the latest state."),
    };

    private static AdaptiveCard Gone(Say say) => HandoffCards.Done(
        say.T("Niet gevonden", "Not found"),
        say.T("Deze vraag bestaat niet (meer). Na de bewaartermijn worden vragen gewist.", "This question does not exist (any more). Questions are erased after the retention period."));

    [LoggerMessage(Level = LogLevel.Information, Message = "Ticket action {Verb} on {TicketId}: {Outcome}")]
    private static partial void LogAction(ILogger logger, string verb, long ticketId, TicketOutcome outcome);
}
