using TeamsCompanion.Guidance.Packs;
using TeamsCompanion.Protocol.Activities;

namespace TeamsCompanion.Bot.Cards;

public static class CardMessage
{
    /// <summary>A message activity carrying one card; its summary is what notifications show.</summary>
    public static Activity From(AdaptiveCard card, Language language)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Locale = GuidanceCards.Locale(language),
            Summary = card.FallbackText.Split('\n', 2)[0].Trim(),
            Attachments = [new Attachment { ContentType = AdaptiveCard.ContentType, Content = card }],
        };
    }
}
