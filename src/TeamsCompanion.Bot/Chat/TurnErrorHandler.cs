using TeamsCompanion.Bot.Cards;
using TeamsCompanion.Protocol.Activities;
using TeamsCompanion.Protocol.Hosting;

namespace TeamsCompanion.Bot.Chat;

/// <summary>Tells the user in plain words that something failed; the details stay in the log.</summary>
public sealed class TurnErrorHandler : ITurnErrorHandler
{
    public async Task<InvokeResponse?> OnErrorAsync(ITurnContext turn, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (string.Equals(turn.Activity.Type, ActivityTypes.Message, StringComparison.OrdinalIgnoreCase))
        {
            var language = UserLanguage.FromLocale(turn.Activity.Locale);
            await turn.SendAsync(CardMessage.From(ChatCards.Error(language), language), cancellationToken);
            return InvokeResponse.Ok();
        }

        return null;
    }
}
