using System.Text.Json;
using TeamsCompanion.Bot.Cards;
using TeamsCompanion.Bot.Chat;
using TeamsCompanion.Bot.Handoff;
using TeamsCompanion.Bot.Localization;
using TeamsCompanion.Bot.Policy;
using TeamsCompanion.DraftCheck;
using TeamsCompanion.Guidance.Packs;
using TeamsCompanion.Protocol.Hosting;

namespace TeamsCompanion.Bot.MessageExtension;

/// <summary>
/// "Controleer voor delen" (composeExtension/fetchTask and submitAction). From a message it checks
/// at once; from the compose box or command box it asks for the draft first. Every problem is a
/// friendly dialog: an HTTP error would show as "Unable to reach the app".
/// </summary>
public sealed partial class CheckBeforeSharingHandler(
    DraftChecking checking,
    PolicyPackProvider packs,
    UserLanguage languages,
    HandoffFlow handoff,
    ILogger<CheckBeforeSharingHandler> logger) : IActivityHandler
{
    public const string CommandId = "checkBeforeSharing";

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var language = await languages.ResolveAsync(turn.Activity, cancellationToken);
        var say = new Say(language);
        try
        {
            var value = turn.Activity.GetValue<ActionCommandValue>();
            if (value is null)
            {
                return InvokeBodies.Message(say.T("Teams stuurde geen gegevens mee. Probeer het opnieuw.", "Teams sent no data. Please try again."));
            }

            if (!string.Equals(value.CommandId, CommandId, StringComparison.OrdinalIgnoreCase))
            {
                LogUnknownCommand(logger, value.CommandId is { } id ? id[..Math.Min(id.Length, 64)] : null);
                return InvokeBodies.Message(say.T("Deze opdracht ken ik niet. Werk de app bij of vraag je beheerder.", "I do not know this command. Update the app or ask your administrator."));
            }

            return turn.Activity.Name == "composeExtension/fetchTask"
                ? await FetchTaskAsync(value, language, cancellationToken)
                : await SubmitAsync(value, turn.Activity, language, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e, turn.Activity.Name);
            return InvokeBodies.Message(say.T("Er ging iets mis bij het controleren. Je tekst is niet bewaard. Probeer het opnieuw.", "Something went wrong while checking. Your text was not stored. Please try again."));
        }
    }

    private async Task<InvokeResponse> FetchTaskAsync(ActionCommandValue value, Language language, CancellationToken cancellationToken)
    {
        if (!string.Equals(value.CommandContext, "message", StringComparison.OrdinalIgnoreCase))
        {
            return InvokeBodies.Dialog(Title(language), CheckCards.Form(language, checking.MaxDraftChars));
        }

        var body = value.MessagePayload?.Body;
        var draft = string.Equals(body?.ContentType, "html", StringComparison.OrdinalIgnoreCase) ? HtmlDraft.ToPlainText(body?.Content ?? string.Empty) : body?.Content ?? string.Empty;

        // A message from Teams: who it is for and whether AI made it is unknown; leftovers still show.
        return await CheckAsync(draft, Audience.Internal, AiUsed.Unknown, language, cancellationToken);
    }

    private async Task<InvokeResponse> SubmitAsync(ActionCommandValue value, Protocol.Activities.Activity activity, Language language, CancellationToken cancellationToken)
    {
        var data = value.Data ?? new ActionData();
        var step = data.Step ?? (data.Draft is not null ? "check" : null);
        var say = new Say(language);
        switch (step)
        {
            case "check":
                var draft = data.Draft ?? string.Empty;
                var audience = data.Audience == "citizens" ? Audience.Citizens : Audience.Internal;
                var aiUsed = data.AiUsed == "true" ? AiUsed.Yes : AiUsed.No;
                return await CheckAsync(draft, audience, aiUsed, language, cancellationToken);
            case "insert" when data.Text is { Length: > 0 } text:
                return InvokeBodies.Result([InvokeBodies.Attachment(CheckCards.Insert(text), say.T("Gecontroleerde tekst", "Checked text"), Preview(text))]);
            case "contact":
                return InvokeBodies.Dialog(say.T("AI-contactpersoon", "AI contact person"), handoff.Start(language, inDialog: true));
            case HandoffVerbs.Review or HandoffVerbs.Send or HandoffVerbs.Edit:
                return InvokeBodies.Dialog(say.T("AI-contactpersoon", "AI contact person"), await handoff.StepAsync(step, new CardData(JsonSerializer.SerializeToElement(data.Other)), activity, language, inDialog: true, cancellationToken));
            default:
                return InvokeBodies.Message(say.T("Er kwam niets mee om te controleren. Open \"Controleer voor delen\" opnieuw.", "Nothing came along to check. Open \"Check before sharing\" again."));
        }
    }

    private async Task<InvokeResponse> CheckAsync(string draft, Audience audience, AiUsed aiUsed, Language language, CancellationToken cancellationToken)
    {
        var say = new Say(language);
        if (draft.Length <= checking.MaxDraftChars && !HtmlDraft.HasVisibleText(draft))
        {
            return InvokeBodies.Dialog(Title(language), CheckCards.Form(language, checking.MaxDraftChars, say.T("Er staat geen tekst in. Plak de tekst die je wilt controleren.", "There is no text. Paste the text you want to check.")));
        }

        if (draft.Length > checking.MaxDraftChars)
        {
            return InvokeBodies.Dialog(Title(language), CheckCards.Form(language, checking.MaxDraftChars, say.T(
                $"Je tekst is te lang om hier te controleren ({draft.Length:N0} tekens; het maximum is {checking.MaxDraftChars:N0}). Controleer hem in delen.",
                $"Your text is too long to check here ({draft.Length:N0} characters; the maximum is {checking.MaxDraftChars:N0}). Check it in parts.")));
        }

        if (await checking.ReviewAsync(draft, audience, aiUsed, language, cancellationToken) is not { } review)
        {
            return InvokeBodies.Message(say.T("Het is nu erg druk. Probeer het over een paar seconden opnieuw.", "It is very busy right now. Please try again in a few seconds."));
        }

        LogChecked(logger, review.FindingCount, review.Verdict);
        return InvokeBodies.Dialog(Title(language), CheckCards.Result(review, packs.Pack, language));
    }

    private static string Title(Language language) => new Say(language).T("Controleer voor delen", "Check before sharing");

    private static string Preview(string text) => text.Length <= 80 ? text : text[..80] + "…";

    [LoggerMessage(Level = LogLevel.Information, Message = "Draft checked: {FindingCount} findings, disclosure {Verdict}")]
    private static partial void LogChecked(ILogger logger, int findingCount, string verdict);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unknown message extension command {CommandId}")]
    private static partial void LogUnknownCommand(ILogger logger, string? commandId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Message extension {InvokeName} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string? invokeName);
}
