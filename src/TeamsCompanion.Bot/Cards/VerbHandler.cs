using TeamsCompanion.Bot.Handoff;
using TeamsCompanion.Guidance.Packs;
using TeamsCompanion.Protocol.Activities;

namespace TeamsCompanion.Bot.Cards;

/// <summary>Adapts a feature's method to <see cref="ICardActionHandler"/>.</summary>
public sealed class VerbHandler(string prefix, Func<string, CardData, Activity, Language, CancellationToken, Task<AdaptiveCard>> handle) : ICardActionHandler
{
    public string Prefix => prefix;

    public Task<AdaptiveCard> HandleAsync(string verb, CardData data, Activity activity, Language language, CancellationToken cancellationToken) =>
        handle(verb, data, activity, language, cancellationToken);
}
