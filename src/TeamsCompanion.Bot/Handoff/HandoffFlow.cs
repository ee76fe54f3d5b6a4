using TeamsCompanion.Bot.Cards;
using TeamsCompanion.Bot.Localization;
using TeamsCompanion.Bot.Policy;
using TeamsCompanion.Guidance.Packs;
using TeamsCompanion.Protocol.Activities;

namespace TeamsCompanion.Bot.Handoff;

/// <summary>
/// The asker's steps: write the question, see it back with the personal-data check, send. The
/// question travels in the card until it is sent; nothing is stored before the user confirms.
/// </summary>
public sealed partial class HandoffFlow(
    TicketService tickets,
    QuestionScreen screen,
    PolicyPackProvider packs,
    SupportRoutingProvider routing,
    ILogger<HandoffFlow> logger)
{
    /// <summary>The first card: the form, or straight to the check when the question came with the command.</summary>
    public AdaptiveCard Start(Language language, bool inDialog, string? question = null)
    {
        if (!routing.Current.IsEnabled)
        {
            return CheckCards.Contact(packs.Pack, language);
        }

        var requestKey = Guid.NewGuid().ToString("N");
        return question is { Length: > 0 }
            ? Check(question, requestKey, language, inDialog)
            : HandoffCards.AskForm(packs.Pack, language, requestKey, inDialog);
    }

    public async Task<AdaptiveCard> StepAsync(string verb, CardData data, Activity activity, Language language, bool inDialog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!routing.Current.IsEnabled)
        {
            return CheckCards.Contact(packs.Pack, language);
        }

        var question = data.Text(HandoffCards.QuestionInput);
        var requestKey = data.RequestKey();
        switch (verb)
        {
            case HandoffVerbs.Review:
                return Check(question, requestKey, language, inDialog);
            case HandoffVerbs.Send when Problem(question, language) is null:
                var screened = screen.Screen(question!);
                var redact = data.Flag("redact") && screened.HasPersonalData;
                var ticket = await tickets.AskAsync(RequesterOf(activity), redact ? screened.Redacted : question!, redact, requestKey, language, cancellationToken);
                LogAsked(logger, ticket.Id, redact);
                return HandoffCards.Sent(packs.Pack, language, ticket);
            default:
                return HandoffCards.AskForm(packs.Pack, language, requestKey, inDialog, question, Problem(question, language));
        }
    }

    private AdaptiveCard Check(string? question, string requestKey, Language language, bool inDialog) =>
        Problem(question, language) is { } problem
            ? HandoffCards.AskForm(packs.Pack, language, requestKey, inDialog, question, problem)
            : HandoffCards.Review(packs.Pack, language, screen.Screen(question!), requestKey, inDialog);

    internal static string? Problem(string? text, Language language)
    {
        var say = new Say(language);
        if (text is null)
        {
            return say.T("Je vraag is leeg. Typ eerst je vraag.", "Your question is empty. Type your question first.");
        }

        return text.Length > TicketService.MaxTextLength
            ? say.T($"Je vraag is te lang ({text.Length:N0} tekens; maximaal {TicketService.MaxTextLength:N0}). Maak hem korter.", $"Your question is too long ({text.Length:N0} characters; at most {TicketService.MaxTextLength:N0}). Make it shorter.")
            : null;
    }

    private static Requester RequesterOf(Activity activity)
    {
        var personal = activity.Conversation?.ConversationType is null or "personal";
        return new Requester(
            activity.ServiceUrl ?? string.Empty,
            activity.GetTenantId(),
            activity.From?.AadObjectId,
            activity.From?.Id,
            personal ? activity.Conversation?.Id : null);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Question {TicketId} handed to support (redacted: {Redacted})")]
    private static partial void LogAsked(ILogger logger, long ticketId, bool redacted);
}
