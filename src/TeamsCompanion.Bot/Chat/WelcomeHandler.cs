using TeamsCompanion.Bot.Cards;
using TeamsCompanion.Bot.Policy;
using TeamsCompanion.Protocol.Activities;
using TeamsCompanion.Protocol.Hosting;

namespace TeamsCompanion.Bot.Chat;

/// <summary>
/// Greets once when the bot is installed or added, and forgets the conversation when it is
/// removed. Teams sends installationUpdate and conversationUpdate for one install; the stored
/// conversation decides which of them greets.
/// </summary>
public sealed class WelcomeHandler(PolicyPackProvider packs, UserLanguage languages, ConversationTracker tracker) : IActivityHandler
{
    public async Task<InvokeResponse?> HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        var botId = activity.Recipient?.Id;
        var isInstallation = string.Equals(activity.Type, ActivityTypes.InstallationUpdate, StringComparison.OrdinalIgnoreCase);
        var added = isInstallation
            ? activity.Action is "add" or "add-upgrade"
            : activity.MembersAdded?.Any(m => m.Id == botId) == true;
        var removed = isInstallation
            ? activity.Action is "remove"
            : activity.MembersRemoved?.Any(m => m.Id == botId) == true;

        if (removed)
        {
            await tracker.ForgetAsync(activity, cancellationToken);
        }
        else if (added && await tracker.TrackAsync(activity, cancellationToken) && activity.Action != "add-upgrade")
        {
            var language = await languages.ResolveAsync(activity, cancellationToken);
            await turn.SendAsync(CardMessage.From(ChatCards.Welcome(packs.Pack, language), language), cancellationToken);
        }

        return null;
    }
}
