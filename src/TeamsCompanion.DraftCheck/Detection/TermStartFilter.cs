namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// A table of how the terms of every <see cref="WordList"/> begin, so most words of running
/// text are rejected for all lists at once by one array lookup and the trie behind it is
/// walked far less often. A term starting with two ASCII letters is keyed by its first three
/// characters (the third being a letter, or "anything else" when the term has another
/// character there or ends); Dutch words share too many first pairs for two to tell much.
/// Terms with punctuation second ("a.i.", "m.v.g.") are keyed by the first letter and "not a
/// letter". Text whose key holds non-ASCII characters always passes: lower-casing could turn
/// them into a listed letter. Behind a triple of ASCII letters a second table says which
/// fourth characters any term goes on with: in dense text two walks in three began with a
/// listed triple ("aan", "art", "kun") and then failed on the fourth character.
/// </summary>
internal sealed class TermStartFilter
{
    private const int Columns = 27;
    private const int Other = Columns - 1;

    private readonly byte[] triples = new byte[26 * 26 * Columns];
    private readonly byte[] pairs = new byte[26 * Columns];
    private readonly uint acceptsAll;

    // Per triple, a bit per column that a term has as its fourth character (all bits when a
    // term may end or go on with anything there).
    private readonly uint[] fourths = new uint[26 * 26 * Columns];

    public TermStartFilter(IEnumerable<(string Term, WordList List, bool IsPrefix)> terms)
    {
        foreach (var (term, list, isPrefix) in terms)
        {
            var bit = (byte)(1 << (int)list);
            if (term.Length < 2 || !char.IsAsciiLetter(term[0]))
            {
                acceptsAll |= bit;
            }
            else if (!char.IsAsciiLetter(term[1]))
            {
                // Non-ASCII second characters only match non-ASCII text, which always passes.
                if (term[1] < 0x80)
                {
                    pairs[PairIndex(term[0])] |= bit;
                }
            }
            else if (term.Length == 2)
            {
                // An exact two-letter term ends at a non-letter; a prefix term goes on with anything.
                for (var column = isPrefix ? 0 : Other; column < Columns; column++)
                {
                    triples[TripleIndex(term[0], term[1], column)] |= bit;
                }
            }
            else if (term[2] < 0x80)
            {
                triples[TripleIndex(term[0], term[1], Column(term[2]))] |= bit;
            }

            AddFourths(term, isPrefix);
        }
    }

    /// <summary>
    /// Records which fourth characters <paramref name="term"/> allows after three ASCII letters.
    /// Only consulted when the text has three ASCII letters, so a term that cannot match
    /// such text needs no entry.
    /// </summary>
    private void AddFourths(string term, bool isPrefix)
    {
        const uint anything = (1u << Columns) - 1;
        if (term.Length < 2 || !char.IsAsciiLetter(term[0]) || !char.IsAsciiLetter(term[1]))
        {
            return;
        }

        if (term.Length == 2)
        {
            // A prefix term goes on with any third and fourth character.
            for (var column = 0; isPrefix && column < Other; column++)
            {
                fourths[TripleIndex(term[0], term[1], column)] = anything;
            }

            return;
        }

        var third = char.ToLowerInvariant(term[2]);
        if (!char.IsAsciiLetter(third))
        {
            return;
        }

        var index = TripleIndex(term[0], term[1], Column(third));
        if (term.Length == 3)
        {
            // An exact term must end at a boundary, and a digit or punctuation falls in Other.
            fourths[index] |= isPrefix ? anything : 1u << Other;
            return;
        }

        // A fourth character outside ASCII only matches text outside ASCII, which always passes.
        var fourth = char.ToLowerInvariant(term[3]);
        if (fourth < 0x80)
        {
            fourths[index] |= 1u << Column(fourth);
        }
    }

    /// <summary>The lists (a bit per <see cref="WordList"/>) that may have a term at <paramref name="start"/>.</summary>
    public uint MayMatch(ReadOnlySpan<char> text, int start)
    {
        if (start + 1 >= text.Length || !char.IsAsciiLetter(text[start]))
        {
            return TermTrie.AllLists;
        }

        var second = text[start + 1];
        if (!char.IsAsciiLetter(second))
        {
            return second < 0x80 ? pairs[PairIndex(text[start])] | acceptsAll : TermTrie.AllLists;
        }

        if (start + 2 >= text.Length)
        {
            return triples[TripleIndex(text[start], second, Other)] | acceptsAll;
        }

        var third = text[start + 2];
        if (third >= 0x80)
        {
            return TermTrie.AllLists;
        }

        var index = TripleIndex(text[start], second, Column(third));
        if (!char.IsAsciiLetter(third) || start + 3 >= text.Length || text[start + 3] >= 0x80
            || (fourths[index] & (1u << Column(text[start + 3]))) != 0)
        {
            return triples[index] | acceptsAll;
        }

        return acceptsAll;
    }

    private static int Column(char c) => char.IsAsciiLetter(c) ? (c | 0x20) - 'a' : Other;

    private static int PairIndex(char first) => (((first | 0x20) - 'a') * Columns) + Other;

    private static int TripleIndex(char first, char second, int column) =>
        (((((first | 0x20) - 'a') * 26) + ((second | 0x20) - 'a')) * Columns) + column;
}
