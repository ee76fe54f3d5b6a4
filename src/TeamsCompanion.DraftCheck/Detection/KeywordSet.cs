namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Context keywords, matched ignoring case as substrings of a short window of text. What a
/// keyword can match is worked out once here; the number scanners used to check every keyword
/// for ASCII on every window, which cost as much as the searches themselves.
/// </summary>
internal sealed class KeywordSet
{
    private readonly string[] words;

    // Keywords with a character that is outside ASCII also in upper case ("€", "£"): no
    // ASCII text contains them ignoring case, and searching them that way is ten times
    // slower than an ASCII keyword.
    private readonly bool[] cannotMatchAscii;
    private readonly bool anyCannotMatchAscii;

    public KeywordSet(string[] words)
    {
        this.words = WithoutImplied(words);
        cannotMatchAscii = [.. this.words.Select(CannotMatchAscii)];
        anyCannotMatchAscii = cannotMatchAscii.Contains(true);
    }

    /// <summary>The keywords searched, without those another one implies.</summary>
    public IReadOnlyList<string> Words => words;

    public bool OccursIn(ReadOnlySpan<char> slice)
    {
        var skipNonAscii = anyCannotMatchAscii && System.Text.Ascii.IsValid(slice);
        for (var k = 0; k < words.Length; k++)
        {
            if (skipNonAscii && cannotMatchAscii[k])
            {
                continue;
            }

            if (slice.Contains(words[k], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Drops keywords that contain another keyword ("rijbewijsnummer" holds "rijbewijs",
    /// "telefoon" holds "tel"): wherever they occur the shorter one does too, so the answer is
    /// the same, and a window without any keyword (most of them) is searched fewer times.
    /// </summary>
    private static string[] WithoutImplied(string[] words) =>
        [.. words.Where((word, k) => !words.Where((other, j) => j != k && ContainsOther(word, other, j < k)).Any())];

    // Of two equal keywords the first stays.
    private static bool ContainsOther(string word, string other, bool otherComesFirst) =>
        (other.Length < word.Length || otherComesFirst) && word.Contains(other, StringComparison.OrdinalIgnoreCase);

    private static bool CannotMatchAscii(string keyword)
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
}
