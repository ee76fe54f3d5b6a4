using System.Text;

namespace TeamsCompanion.DraftCheck.Tests.Properties;

/// <summary>The ways people (and evaders) write a number.</summary>
internal static class NumberFormats
{
    public static readonly string[] Styles =
    [
        "plain", "spaces-3-3-3", "dots-3-3-3", "dashes-3-3-3", "dots-4-2-3", "double-space", "spaced-dash",
        "zero-width", "soft-hyphen", "nbsp", "fullwidth", "arabic-indic", "line-break", "crlf-break", "html-entity-zwsp",
    ];

    public static readonly string[] IbanStyles = ["electronic", "paper", "lower", "dashes", "nbsp", "zero-width", "line-break", "fullwidth"];

    public static string Apply(string style, string digits) => style switch
    {
        "plain" => digits,
        "spaces-3-3-3" => Group(digits, " ", 3, 3, 3),
        "dots-3-3-3" => Group(digits, ".", 3, 3, 3),
        "dashes-3-3-3" => Group(digits, "-", 3, 3, 3),
        "dots-4-2-3" => Group(digits, ".", 4, 2, 3),
        "double-space" => Group(digits, "  ", 3, 3, 3),
        "spaced-dash" => Group(digits, " - ", 3, 3, 3),
        "zero-width" => string.Join('\u200B', digits.ToCharArray()),
        "soft-hyphen" => Group(digits, "\u00AD", 3, 3, 3),
        "nbsp" => Group(digits, "\u00A0", 3, 3, 3),
        "fullwidth" => new string(digits.Select(c => (char)(c - '0' + 0xFF10)).ToArray()),
        "arabic-indic" => new string(digits.Select(c => (char)(c - '0' + 0x0660)).ToArray()),
        "line-break" => digits[..4] + "\n" + digits[4..],
        "crlf-break" => digits[..5] + "\r\n" + digits[5..],
        "html-entity-zwsp" => digits[..3] + "&#8203;" + digits[3..],
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, "unknown style"),
    };

    public static string ApplyIban(string style, string iban) => style switch
    {
        "electronic" => iban,
        "paper" => Group4(iban, " "),
        "lower" => Group4(iban, " ").ToLowerInvariant(),
        "dashes" => Group4(iban, "-"),
        "nbsp" => Group4(iban, "\u00A0"),
        "zero-width" => Group4(iban, "\u200B"),
        "line-break" => iban[..8] + "\n" + iban[8..],
        "fullwidth" => new string(iban.Select(c => (char)(c + 0xFEE0)).ToArray()),
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, "unknown style"),
    };

    private static string Group(string digits, string separator, params int[] sizes)
    {
        var builder = new StringBuilder();
        var position = 0;
        foreach (var size in sizes)
        {
            if (position > 0)
            {
                builder.Append(separator);
            }

            var take = Math.Min(size, digits.Length - position);
            builder.Append(digits, position, take);
            position += take;
        }

        return builder.ToString();
    }

    private static string Group4(string text, string separator) =>
        string.Join(separator, text.Chunk(4).Select(c => new string(c)));
}
