using TeamsCompanion.Bot.Cards;
using TeamsCompanion.Bot.Localization;
using TeamsCompanion.Bot.Policy;
using TeamsCompanion.Guidance.Packs;
using TeamsCompanion.Protocol.Activities;

namespace TeamsCompanion.Bot.Handoff;

/// <summary>
/// The anonymous report: the same steps as a question, but nothing about the reporter is taken
/// from the activity, and nothing about this flow is logged.
/// </summary>
public sealed class ReportFlow(TicketService tickets, QuestionScreen screen, PolicyPackProvider packs, SupportRoutingProvider routing)
{
    public AdaptiveCard Start(Language language, string? text = null)
    {
        if (!routing.Current.IsEnabled)
        {
            return CheckCards.Contact(packs.Pack, language);
        }

        var requestKey = Guid.NewGuid().ToString("N");
        return text is { Length: > 0 } ? Check(text, requestKey, language) : ReportCards.Form(packs.Pack, language, requestKey);
    }

    public async Task<AdaptiveCard> StepAsync(string verb, CardData data, Activity activity, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!routing.Current.IsEnabled)
        {
            return CheckCards.Contact(packs.Pack, language);
        }

        var say = new Say(language);
        var report = data.Text(ReportCards.ReportInput);
        var requestKey = data.RequestKey();
        switch (verb)
        {
            case HandoffVerbs.ReportReview:
                return Check(report, requestKey, language);
            case HandoffVerbs.ReportSend when Problem(report, say) is null:
                var screened = screen.Screen(report!);
                var redact = data.Flag("redact") && screened.HasPersonalData;

                // Only the tenant's connector address: needed to reach the contacts, and the same for everyone.
                var (_, code) = await tickets.ReportAsync(activity.ServiceUrl ?? string.Empty, activity.GetTenantId(), redact ? screened.Redacted : report!, redact, requestKey, language, cancellationToken);
                return ReportCards.Sent(language, code);
            case HandoffVerbs.ReportAdd:
                return await AddAsync(data, language, cancellationToken);
            default:
                return ReportCards.Form(packs.Pack, language, requestKey, report, Problem(report, say));
        }
    }

    private async Task<AdaptiveCard> AddAsync(CardData data, Language language, CancellationToken cancellationToken)
    {
        var say = new Say(language);
        var code = data.Text(ReportCards.CodeInput);
        var addition = data.Text(ReportCards.AdditionInput);
        if (code is null || addition is null || addition.Length > TicketService.MaxTextLength)
        {
            return ReportCards.AddForm(language, say.T("Vul je referentiecode en je aanvulling in (maximaal 4.000 tekens).", "Fill in your reference code and your addition (at most 4,000 characters)."));
        }

        var screened = screen.Screen(addition);
        var result = await tickets.AddToReportAsync(code, screened.Redacted, cancellationToken);
        if (result.Outcome == TicketOutcome.NotFound)
        {
            return ReportCards.AddForm(language, say.T("Deze referentiecode ken ik niet. Kijk of je hem goed hebt overgenomen.", "I do not know this reference code. Check that you copied it correctly."));
        }

        var text = screened.HasPersonalData
            ? say.T("Je aanvulling is anoniem verstuurd. De persoonsgegevens erin zijn vervangen.", "Your addition was sent anonymously. The personal data in it was replaced.")
            : say.T("Je aanvulling is anoniem verstuurd.", "Your addition was sent anonymously.");
        return HandoffCards.Done(say.T("Toegevoegd", "Added"), text);
    }

    private AdaptiveCard Check(string? report, string requestKey, Language language)
    {
        var say = new Say(language);
        return Problem(report, say) is { } problem
            ? ReportCards.Form(packs.Pack, language, requestKey, report, problem)
            : ReportCards.Review(language, screen.Screen(report!), requestKey);
    }

    private static string? Problem(string? text, Say say)
    {
        if (text is null)
        {
            return say.T("Je melding is leeg. Beschrijf eerst wat er gebeurde.", "Your report is empty. Describe what happened first.");
        }

        return text.Length > TicketService.MaxTextLength
            ? say.T($"Je melding is te lang (maximaal {TicketService.MaxTextLength:N0} tekens). Maak hem korter.", $"Your report is too long (at most {TicketService.MaxTextLength:N0} characters). Make it shorter.")
            : null;
    }
}
