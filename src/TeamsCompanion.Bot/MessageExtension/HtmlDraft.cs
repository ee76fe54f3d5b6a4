using System.Net;
using System.Text;

namespace TeamsCompanion.Bot.MessageExtension;

/// <summary>
/// Teams message bodies are HTML. The check, the excerpts and the text to insert all work on the
/// plain text a reader sees: paragraphs and line breaks become new lines, tags go, entities are decoded.
/// </summary>
internal static class HtmlDraft
{
    /// <summary>True when a reader would see any text; plain text is answered without copying it.</summary>
    public static bool HasVisibleText(string draft) =>
        draft.AsSpan().IndexOfAny('<', '&') < 0 ? !string.IsNullOrWhiteSpace(draft) : !string.IsNullOrWhiteSpace(ToPlainText(draft));

    public static string ToPlainText(string html)
    {
        var text = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            if (html[i] != '<')
            {
                var next = html.IndexOf('<', i);
                var end = next < 0 ? html.Length : next;
                text.Append(WebUtility.HtmlDecode(html[i..end]));
                i = end;
                continue;
            }

            var close = html.IndexOf('>', i);
            if (close < 0)
            {
                // A lone '<' is text, not a tag.
                text.Append(html, i, html.Length - i);
                break;
            }

            var tag = html.AsSpan(i + 1, close - i - 1).TrimStart('/').Trim();
            if (StartsWithTag(tag, "br") || StartsWithTag(tag, "p") || StartsWithTag(tag, "div") || StartsWithTag(tag, "li") || StartsWithTag(tag, "tr"))
            {
                AppendNewLine(text);
            }

            i = close + 1;
        }

        return text.ToString().Replace('\u00A0', ' ').Trim();
    }

    private static bool StartsWithTag(ReadOnlySpan<char> tag, string name) =>
        tag.StartsWith(name, StringComparison.OrdinalIgnoreCase) && (tag.Length == name.Length || !char.IsLetterOrDigit(tag[name.Length]));

    private static void AppendNewLine(StringBuilder text)
    {
        if (text.Length > 0 && text[^1] != '\n')
        {
            text.Append('\n');
        }
    }
}
