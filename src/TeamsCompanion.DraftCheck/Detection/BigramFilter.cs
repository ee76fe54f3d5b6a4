namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// A table of the first two characters of a word list: an ASCII letter, then an ASCII letter
/// or "any other ASCII character". Most words of running text fail this one array lookup, so
/// the trie behind it is consulted far less often. The extra column keeps terms such as
/// "a.i." or "m.v.g." from opening the filter to every word. Text whose first two characters
/// are not ASCII always passes: lower-casing could turn them into a listed letter.
/// </summary>
internal sealed class BigramFilter
{
    private const int Columns = 27;

    private readonly bool[] table = new bool[26 * Columns];

    public BigramFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (word.Length >= 2 && char.IsAsciiLetter(word[0]) && word[1] < 0x80)
            {
                table[Index(word[0], word[1])] = true;
            }
            else if (word.Length < 2 || !char.IsAsciiLetter(word[0]))
            {
                AcceptsAll = true;
            }

            // An ASCII letter followed by a non-ASCII character can only match text whose
            // second character is non-ASCII as well, and such text always passes.
        }
    }

    /// <summary>True when some listed word does not start with an ASCII letter and a second character.</summary>
    public bool AcceptsAll { get; }

    public bool MayMatch(ReadOnlySpan<char> text)
    {
        if (AcceptsAll || text.Length < 2 || !char.IsAsciiLetter(text[0]) || text[1] >= 0x80)
        {
            return true;
        }

        return table[Index(text[0], text[1])];
    }

    private static int Index(char first, char second)
    {
        var column = char.IsAsciiLetter(second) ? (second | 0x20) - 'a' : Columns - 1;
        return (((first | 0x20) - 'a') * Columns) + column;
    }
}
