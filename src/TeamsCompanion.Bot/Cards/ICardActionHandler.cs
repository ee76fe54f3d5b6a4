using TeamsCompanion.Bot.Handoff;
using TeamsCompanion.Guidance.Packs;
using TeamsCompanion.Protocol.Activities;

namespace TeamsCompanion.Bot.Cards;

/// <summary>A feature's Action.Execute buttons: the verbs starting with <see cref="Prefix"/>; returns the card that replaces the pressed one.</summary>
public interface ICardActionHandler
{
    string Prefix { get; }

    Task<AdaptiveCard> HandleAsync(string verb, CardData data, Activity activity, Language language, CancellationToken cancellationToken);
}
