using System.Text.Json;
using TeamsCompanion.Bot.Cards;
using TeamsCompanion.Bot.Chat;
using TeamsCompanion.Bot.Localization;
using TeamsCompanion.Protocol.Hosting;

namespace TeamsCompanion.Bot.Handoff;

/// <summary>
/// <c>adaptiveCard/action</c> (Action.Execute, universal actions): routes by verb and answers with
/// the card that replaces the one pressed, so it updates in place for the user.
/// </summary>
public sealed partial class CardActionHandler(
    IEnumerable<ICardActionHandler> handlers,
    UserLanguage languages,
    ILogger<CardActionHandler> logger) : IActivityHandler
{
    private const string ErrorType = "application/vnd.microsoft.error";

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        var value = activity.Value is { ValueKind: JsonValueKind.Object } v ? v : default;
        var action = value.ValueKind == JsonValueKind.Object && value.TryGetProperty("action", out var a) && a.ValueKind == JsonValueKind.Object ? a : default;
        var verb = action.ValueKind == JsonValueKind.Object && action.TryGetProperty("verb", out var vb) && vb.ValueKind == JsonValueKind.String ? vb.GetString() : null;
        if (verb is null)
        {
            return Error(400, "BadRequest", "The card action has no verb.");
        }

        var data = new CardData(action.TryGetProperty("data", out var d) ? d : default);
        var language = await languages.ResolveAsync(activity, cancellationToken);
        try
        {
            var handler = handlers.FirstOrDefault(h => verb.StartsWith(h.Prefix, StringComparison.Ordinal));
            return handler is null
                ? Error(400, "NotSupported", "This card action is not known to the app.")
                : CardResponse(await handler.HandleAsync(verb, data, activity, language, cancellationToken));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An error answer leaves the card as it was, with the user's text in it: they can press again.
            LogFailed(logger, e, verb.Length <= 32 ? verb : verb[..32]);
            var say = new Say(language);
            return Error(503, "ServiceUnavailable", say.T(
                "Er ging iets mis aan onze kant. Je tekst staat nog in de kaart: probeer het over een minuut opnieuw.",
                "Something went wrong on our side. Your text is still in the card: please try again in a minute."));
        }
    }

    private static InvokeResponse CardResponse(AdaptiveCard card) =>
        InvokeResponse.Ok(new { statusCode = 200, type = AdaptiveCard.ContentType, value = card });

    private static InvokeResponse Error(int status, string code, string message) =>
        InvokeResponse.Ok(new { statusCode = status, type = ErrorType, value = new { code, message } });

    [LoggerMessage(Level = LogLevel.Error, Message = "Card action {Verb} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string verb);
}
