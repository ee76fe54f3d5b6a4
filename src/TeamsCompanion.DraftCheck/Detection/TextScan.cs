namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>Character-class and context helpers shared by the hand-written scanners.</summary>
internal static class TextScan
{
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>
    /// Index of the first ASCII digit at or after <paramref name="from"/>, or -1. Vectorised:
    /// the number detectors jump from digit to digit instead of visiting every character.
    /// </summary>
    public static int NextDigit(ReadOnlySpan<char> text, int from)
    {
        if (from >= text.Length)
        {
            return -1;
        }

        var found = text[from..].IndexOfAnyInRange('0', '9');
        return found < 0 ? -1 : from + found;
    }

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
    public static bool HasBefore(ReadOnlySpan<char> text, int start, int window, ReadOnlySpan<string> keywords)
    {
        var from = Math.Max(0, start - window);
        return ContainsAny(text[from..start], keywords);
    }

    /// <summary>True when any keyword occurs in the <paramref name="window"/> characters after <paramref name="end"/>.</summary>
    public static bool HasAfter(ReadOnlySpan<char> text, int end, int window, ReadOnlySpan<string> keywords)
    {
        var to = Math.Min(text.Length, end + window);
        return ContainsAny(text[end..to], keywords);
    }

    public static bool ContainsAny(ReadOnlySpan<char> slice, ReadOnlySpan<string> keywords)
    {
        int sliceIsAscii = -1;
        foreach (var keyword in keywords)
        {
            // Ignoring case, "€" or "£" is searched character by character, ten times slower
            // than an ASCII keyword; in ASCII text (nearly every window) it cannot occur.
            if (!System.Text.Ascii.IsValid(keyword) && CannotMatchAscii(keyword)
                && (sliceIsAscii < 0 ? sliceIsAscii = System.Text.Ascii.IsValid(slice) ? 1 : 0 : sliceIsAscii) == 1)
            {
                continue;
            }

            if (slice.Contains(keyword, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Keyed by reference: the keyword lists are static arrays, so this holds a handful of
    // entries, and upper-casing a non-ASCII character (through ICU) cost more than the search.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> NoAsciiMatch = new(ReferenceEqualityComparer.Instance);

    private static bool CannotMatchAscii(string keyword) => NoAsciiMatch.GetOrAdd(keyword, static k => HasCharacterNonAsciiInUpperCase(k));

    // True when some character of the keyword is non-ASCII also in upper case, so no ASCII
    // character equals it ignoring case.
    private static bool HasCharacterNonAsciiInUpperCase(string keyword)
    {
        foreach (var c in keyword)
        {
            if (c >= 0x80 && char.ToUpperInvariant(c) >= 0x80)
            {
                return true;
            }
        }

        return false;
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
