using System.Net;
using System.Text;

namespace TeamsCompanion.Bot.MessageExtension;

/// <summary>
/// Teams message bodies are HTML. The check, the excerpts and the text to insert all work on the
/// plain text a reader sees: paragraphs and line breaks become new lines, tags go, entities are decoded.
/// </summary>
internal static class HtmlDraft
{
    private static readonly string[] BlockTags = ["br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "table", "hr"];

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
            if (IsBlock(tag))
            {
                AppendNewLine(text);
            }
            else if (StartsWithTag(tag, "td") || StartsWithTag(tag, "th"))
            {
                // Cells side by side must not run together: "Jan" and "111222333" stay two words.
                text.Append(' ');
            }

            // The content of style and script blocks is not text a reader sees.
            if (!html.AsSpan(i + 1).StartsWith("/", StringComparison.Ordinal) && (StartsWithTag(tag, "style") || StartsWithTag(tag, "script")))
            {
                var endTag = html.IndexOf("</" + (StartsWithTag(tag, "style") ? "style" : "script"), close, StringComparison.OrdinalIgnoreCase);
                close = endTag < 0 ? html.Length - 1 : html.IndexOf('>', endTag) is var gt and >= 0 ? gt : html.Length - 1;
            }

            i = close + 1;
        }

        return text.ToString().Replace('\u00A0', ' ').Trim();
    }

    private static bool IsBlock(ReadOnlySpan<char> tag)
    {
        foreach (var name in BlockTags)
        {
            if (StartsWithTag(tag, name))
            {
                return true;
            }
        }

        return false;
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
