using TeamsCompanion.Protocol.Activities;

namespace TeamsCompanion.Bot.Cards;

public static class CardMessage
{
    /// <summary>A message activity carrying one card; its summary is what notifications show.</summary>
    public static Activity From(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Summary = card.FallbackText.Split('\n', 2)[0].Trim(),
            Attachments = [new Attachment { ContentType = AdaptiveCard.ContentType, Content = card }],
        };
    }
}
