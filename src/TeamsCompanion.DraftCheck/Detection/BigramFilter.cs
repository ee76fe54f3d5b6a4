namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// A table of the first two characters of the terms of every <see cref="WordList"/>: an ASCII
/// letter, then an ASCII letter or "any other ASCII character". Most words of running text
/// fail this one array lookup for all lists at once, so the trie behind it is walked far less
/// often. The extra column keeps terms such as "a.i." or "m.v.g." from opening the filter to
/// every word. Text whose first two characters are not ASCII always passes: lower-casing
/// could turn them into a listed letter.
/// </summary>
internal sealed class BigramFilter
{
    private const int Columns = 27;

    private readonly byte[] table = new byte[26 * Columns];
    private readonly uint acceptsAll;

    public BigramFilter(IEnumerable<(string Term, WordList List)> terms)
    {
        foreach (var (term, list) in terms)
        {
            var bit = (byte)(1 << (int)list);
            if (term.Length >= 2 && char.IsAsciiLetter(term[0]) && term[1] < 0x80)
            {
                table[Index(term[0], term[1])] |= bit;
            }
            else if (term.Length < 2 || !char.IsAsciiLetter(term[0]))
            {
                acceptsAll |= bit;
            }

            // An ASCII letter followed by a non-ASCII character can only match text whose
            // second character is non-ASCII as well, and such text always passes.
        }
    }

    /// <summary>The lists (a bit per <see cref="WordList"/>) that may have a term at the start of <paramref name="text"/>.</summary>
    public uint MayMatch(ReadOnlySpan<char> text)
    {
        if (text.Length < 2 || !char.IsAsciiLetter(text[0]) || text[1] >= 0x80)
        {
            return TermTrie.AllLists;
        }

        return table[Index(text[0], text[1])] | acceptsAll;
    }

    private static int Index(char first, char second)
    {
        var column = char.IsAsciiLetter(second) ? (second | 0x20) - 'a' : Columns - 1;
        return (((first | 0x20) - 'a') * Columns) + column;
    }
}
