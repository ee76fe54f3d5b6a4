namespace TeamsCompanion.DraftCheck.Normalization;

/// <summary>
/// Just enough HTML to read what Teams sends: known tags are dropped (block tags become a
/// line break) and entities are decoded. Unknown "tags" such as <c>&lt;vul hier in&gt;</c>
/// are left alone because they are text the author typed.
/// </summary>
internal static class HtmlMarkup
{
    private const int MaxTagLength = 2048;
    private const int MaxEntityLength = 12;

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "div", "li", "ul", "ol", "tr", "td", "th", "table", "tbody", "thead",
        "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "section", "article",
        "header", "footer", "html", "body", "head", "title", "meta", "dl", "dt", "dd",
    };

    private static readonly HashSet<string> InlineTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "span", "b", "i", "u", "s", "em", "strong", "a", "font", "at", "sub", "sup", "code",
        "img", "small", "big", "mark", "del", "ins", "label", "abbr", "cite", "q", "emoji",
        "systemeventmessage", "attachment", "o:p",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BlockLookup =
        BlockTags.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InlineLookup =
        InlineTags.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, int> NamedEntities = new(StringComparer.Ordinal)
    {
        ["nbsp"] = 0xA0,
        ["amp"] = '&',
        ["lt"] = '<',
        ["gt"] = '>',
        ["quot"] = '"',
        ["apos"] = '\'',
        ["shy"] = 0xAD,
        ["zwj"] = 0x200D,
        ["zwnj"] = 0x200C,
        ["euro"] = 0x20AC,
        ["ndash"] = 0x2013,
        ["mdash"] = 0x2014,
        ["hellip"] = 0x2026,
        ["eacute"] = 0xE9,
        ["euml"] = 0xEB,
        ["iuml"] = 0xEF,
        ["ouml"] = 0xF6,
        ["uuml"] = 0xFC,
        ["egrave"] = 0xE8,
        ["agrave"] = 0xE0,
        ["ccedil"] = 0xE7,
        ["lsquo"] = 0x2018,
        ["rsquo"] = 0x2019,
        ["ldquo"] = 0x201C,
        ["rdquo"] = 0x201D,
        ["thinsp"] = 0x2009,
        ["ensp"] = 0x2002,
        ["emsp"] = 0x2003,
    };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> EntityLookup =
        NamedEntities.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryReadTag(string text, int start, out int end, out bool breaksLine)
    {
        end = start;
        breaksLine = false;
        var i = start + 1;
        if (i < text.Length && text[i] == '/')
        {
            i++;
        }

        var nameStart = i;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == ':'))
        {
            i++;
        }

        if (i == nameStart || !char.IsAsciiLetter(text[nameStart]))
        {
            return false;
        }

        if (i < text.Length && !(text[i] is '>' or '/' || char.IsWhiteSpace(text[i])))
        {
            // "<i.martina@uwv.nl>" is an address in angle brackets, not an <i> tag.
            return false;
        }

        var name = text.AsSpan(nameStart, i - nameStart);
        var isBlock = BlockLookup.Contains(name);
        if (!isBlock && !InlineLookup.Contains(name))
        {
            return false;
        }

        var limit = Math.Min(text.Length, start + MaxTagLength);
        for (; i < limit; i++)
        {
            var c = text[i];
            if (c == '>')
            {
                end = i + 1;
                breaksLine = isBlock;
                return true;
            }

            if (c == '<')
            {
                return false;
            }
        }

        return false;
    }

    public static bool TryReadEntity(string text, int start, out int end, out int codePoint)
    {
        end = start;
        codePoint = 0;
        var limit = Math.Min(text.Length, start + MaxEntityLength);
        var semicolon = -1;
        for (var i = start + 1; i < limit; i++)
        {
            if (text[i] == ';')
            {
                semicolon = i;
                break;
            }

            if (!char.IsAsciiLetterOrDigit(text[i]) && text[i] != '#')
            {
                return false;
            }
        }

        if (semicolon < start + 2)
        {
            return false;
        }

        var body = text.AsSpan(start + 1, semicolon - start - 1);
        if (body[0] == '#')
        {
            var isHex = body.Length > 1 && (body[1] == 'x' || body[1] == 'X');
            var digits = body[(isHex ? 2 : 1)..];
            var style = isHex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None;
            if (!int.TryParse(digits, style, System.Globalization.CultureInfo.InvariantCulture, out codePoint)
                || codePoint <= 0 || codePoint > 0x10FFFF)
            {
                return false;
            }
        }
        else if (!EntityLookup.TryGetValue(body, out codePoint))
        {
            return false;
        }

        end = semicolon + 1;
        return true;
    }
}
