using TeamsCompanion.Bot.Cards;
using TeamsCompanion.Protocol.Hosting;

namespace TeamsCompanion.Bot.MessageExtension;

/// <summary>The response bodies Teams expects from message-extension invokes (always HTTP 200).</summary>
internal static class InvokeBodies
{
    /// <summary>A dialog (task module) that shows <paramref name="card"/>.</summary>
    public static InvokeResponse Dialog(string title, AdaptiveCard card) => InvokeResponse.Ok(new
    {
        task = new
        {
            type = "continue",
            value = new
            {
                title,
                height = "large",
                width = "medium",
                card = new { contentType = AdaptiveCard.ContentType, content = card },
            },
        },
    });

    /// <summary>A short message in the dialog, for when there is nothing to show a card for.</summary>
    public static InvokeResponse Message(string text) => InvokeResponse.Ok(new { task = new { type = "message", value = text } });

    /// <summary>Cards for the compose box: the user sees them before sending.</summary>
    public static InvokeResponse Result(IEnumerable<object> attachments) => InvokeResponse.Ok(new
    {
        composeExtension = new { type = "result", attachmentLayout = "list", attachments = attachments.ToList() },
    });

    /// <summary>One result: an Adaptive Card with the thumbnail preview Teams requires for it.</summary>
    public static object Attachment(AdaptiveCard card, string previewTitle, string? previewText) => new
    {
        contentType = AdaptiveCard.ContentType,
        content = card,
        preview = new
        {
            contentType = "application/vnd.microsoft.card.thumbnail",
            content = new { title = previewTitle, text = previewText },
        },
    };
}
