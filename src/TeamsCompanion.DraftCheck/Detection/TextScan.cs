namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>Character-class and context helpers shared by the hand-written scanners.</summary>
internal static class TextScan
{
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    public static int SkipDigits(ReadOnlySpan<char> text, int from)
    {
        while (from < text.Length && char.IsAsciiDigit(text[from]))
        {
            from++;
        }

        return from;
    }

    public static bool IsBoundaryBefore(ReadOnlySpan<char> text, int index) =>
        index <= 0 || !IsWordChar(text[index - 1]);

    public static bool IsBoundaryAfter(ReadOnlySpan<char> text, int index) =>
        index >= text.Length || !IsWordChar(text[index]);

    /// <summary>True when any keyword occurs in the <paramref name="window"/> characters before <paramref name="start"/>.</summary>
    public static bool HasBefore(ReadOnlySpan<char> text, int start, int window, KeywordSet keywords)
    {
        var from = Math.Max(0, start - window);
        return keywords.OccursIn(text[from..start]);
    }

    /// <summary>Index just past the word starting at <paramref name="start"/> (letters, apostrophes and inner hyphens).</summary>
    public static int WordEnd(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetter(c) || c == '\'' || c == '\u2019')
            {
                i++;
            }
            else if (c == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start)
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    public static int SkipSpaces(ReadOnlySpan<char> text, int index)
    {
        while (index < text.Length && text[index] == ' ')
        {
            index++;
        }

        return index;
    }

    public static bool AllSame(ReadOnlySpan<char> digits)
    {
        foreach (var c in digits)
        {
            if (c != digits[0])
            {
                return false;
            }
        }

        return true;
    }
}
