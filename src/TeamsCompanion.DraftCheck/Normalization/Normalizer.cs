using System.Runtime.CompilerServices;
using System.Text;

namespace TeamsCompanion.DraftCheck.Normalization;

/// <summary>
/// Undoes the tricks that hide identifiers from pattern matching (zero-width characters,
/// soft hyphens, exotic spaces and digits, HTML markup and entities) so detectors can
/// work on plain ASCII-like text. Every output character remembers its original span.
/// </summary>
internal static class Normalizer
{
    // Printable ASCII, space and line feed pass through unchanged; everything else is looked at.
    private static readonly System.Buffers.SearchValues<char> Plain = System.Buffers.SearchValues.Create(
        "\n !\"#$%'()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~>");

    // One long loop per check: run optimised code from the first call (see README).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static NormalizedText Normalize(string text)
    {
        var output = new NormalizedText(text);
        var i = 0;
        while (i < text.Length)
        {
            var plainRun = text.AsSpan(i).IndexOfAnyExcept(Plain);
            if (plainRun != 0)
            {
                var length = plainRun < 0 ? text.Length - i : plainRun;
                output.AppendRun(i, length);
                i += length;
                continue;
            }

            var c = text[i];
            if (c is '<' && HtmlMarkup.TryReadTag(text, i, out var tagEnd, out var breaksLine))
            {
                if (breaksLine)
                {
                    output.Append('\n', i, tagEnd);
                }

                i = tagEnd;
                continue;
            }

            if (c is '&' && HtmlMarkup.TryReadEntity(text, i, out var entityEnd, out var codePoint))
            {
                AppendCodePoint(output, codePoint, i, entityEnd);
                i = entityEnd;
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var rune = new Rune(c, text[i + 1]);
                if (Rune.IsDigit(rune))
                {
                    output.Append((char)('0' + (int)Rune.GetNumericValue(rune)), i, i + 2);
                }
                else
                {
                    output.Append(c, i, i + 1);
                    output.Append(text[i + 1], i + 1, i + 2);
                }

                i += 2;
                continue;
            }

            if (c is '\r' && i + 1 < text.Length && text[i + 1] is '\n')
            {
                // Keep one line break for CRLF; the '\n' that follows carries it.
                i++;
                continue;
            }

            AppendCodePoint(output, c, i, i + 1);
            i++;
        }

        return output;
    }

    private static void AppendCodePoint(NormalizedText output, int codePoint, int start, int end)
    {
        if (codePoint > char.MaxValue)
        {
            // Astral characters from entities are kept only when they are digits; the
            // detectors never need other astral characters.
            if (Rune.IsValid(codePoint) && Rune.IsDigit(new Rune(codePoint)))
            {
                output.Append((char)('0' + (int)Rune.GetNumericValue(new Rune(codePoint))), start, end);
            }

            return;
        }

        var folded = Fold((char)codePoint);
        if (folded != '\0')
        {
            output.Append(folded, start, end);
        }
    }

    /// <summary>Returns the plain form of one character, or '\0' when it should vanish.</summary>
    internal static char Fold(char c)
    {
        if (c < 0x80)
        {
            return c switch
            {
                '\t' => ' ',
                '\r' => '\n',
                '\0' => ' ',
                _ => c,
            };
        }

        switch (c)
        {
            case '\u00AD': // soft hyphen
            case '\u180E':
            case >= '\u200B' and <= '\u200D':
            case >= '\u2060' and <= '\u2064':
            case '\uFEFF':
                return '\0';
            case '\u00A0':
            case >= '\u2000' and <= '\u200A':
            case '\u202F':
            case '\u205F':
            case '\u3000':
                return ' ';
            case '\u2028':
            case '\u2029':
            case '\u0085':
                return '\n';
            case >= '\u2010' and <= '\u2015':
            case '\u2212':
            case '\uFE63':
                return '-';
            case >= '\uFF01' and <= '\uFF5E': // fullwidth ASCII
                return (char)(c - 0xFEE0);
        }

        if (char.IsDigit(c))
        {
            return (char)('0' + (int)char.GetNumericValue(c));
        }

        return c;
    }
}
