using System.Runtime.CompilerServices;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// A table of how the terms of every <see cref="WordList"/> begin, so most words of running
/// text are rejected for all lists at once by one array lookup and the trie behind it is
/// walked far less often. A term starting with two ASCII letters is keyed by its first three
/// characters (the third being a letter, or "anything else" when the term has another
/// character there or ends); Dutch words share too many first pairs for two to tell much.
/// Terms with punctuation second ("a.i.", "m.v.g.") are keyed by the first letter and "not a
/// letter". Text whose key holds non-ASCII characters always passes: lower-casing could turn
/// them into a listed letter.
/// </summary>
internal sealed class TermStartFilter
{
    private const int Columns = 27;
    private const int Other = Columns - 1;

    private readonly byte[] triples = new byte[26 * 26 * Columns];
    private readonly byte[] pairs = new byte[26 * Columns];
    private readonly uint acceptsAll;

    // Per letter triple, the trie node its three letters lead to, or 0 when a walk must start
    // at the root (a term ends within them, or they lead nowhere).
    private readonly int[] startNodes = new int[26 * 26 * Columns];

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
        }
    }

    /// <summary>Records where a walk may start for each triple of letters; <paramref name="nodeAfter"/> gives the node or 0.</summary>
    public void LearnStartNodes(Func<char, char, char, int> nodeAfter)
    {
        for (var a = 'a'; a <= 'z'; a++)
        {
            for (var b = 'a'; b <= 'z'; b++)
            {
                for (var c = 'a'; c <= 'z'; c++)
                {
                    startNodes[TripleIndex(a, b, Column(c))] = nodeAfter(a, b, c);
                }
            }
        }
    }

    /// <summary>
    /// <see cref="MayMatch(ReadOnlySpan{char}, int)"/> for a word that starts with the three
    /// ASCII letters <paramref name="a"/>, <paramref name="b"/>, <paramref name="c"/> (most
    /// words), with the trie node they lead to (or 0). False, and nothing learnt, for other
    /// words. Small enough to inline: a call per word was a fifth of the word-list time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryLetterTriple(char a, char b, char c, out uint lists, out int startNode)
    {
        var first = (uint)((a | 0x20) - 'a');
        var second = (uint)((b | 0x20) - 'a');
        var third = (uint)((c | 0x20) - 'a');
        if ((first < 26) & (second < 26) & (third < 26))
        {
            var index = (int)((((first * 26) + second) * Columns) + third);
            lists = triples[index] | acceptsAll;
            startNode = startNodes[index];
            return true;
        }

        lists = 0;
        startNode = 0;
        return false;
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
        return third < 0x80 ? triples[TripleIndex(text[start], second, Column(third))] | acceptsAll : TermTrie.AllLists;
    }

    private static int Column(char c) => char.IsAsciiLetter(c) ? (c | 0x20) - 'a' : Other;

    private static int PairIndex(char first) => (((first | 0x20) - 'a') * Columns) + Other;

    private static int TripleIndex(char first, char second, int column) =>
        (((((first | 0x20) - 'a') * 26) + ((second | 0x20) - 'a')) * Columns) + column;
}
