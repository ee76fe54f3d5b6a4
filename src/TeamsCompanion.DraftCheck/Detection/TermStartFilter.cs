using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

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

    // Characters as classes for the key table: ASCII letters 0-25, other ASCII, non-ASCII.
    private const int OtherAscii = 26;
    private const int NonAscii = 27;
    private const int ClassBits = 5;

    private readonly byte[] classes = BuildClasses();

    // Per class triple: the lists that may match (bits 0-4) and, above them, the trie node the
    // three letters lead to (0: walk from the root). Filled by LearnStartNodes.
    private readonly uint[] keys = new uint[1 << (3 * ClassBits)];

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

    /// <summary>
    /// Builds the key table of <see cref="Key"/>. <paramref name="nodeAfter"/> gives the trie node
    /// three lower-case letters lead to, 0 when a term ends on the way, or -1 when they lead
    /// nowhere (then no term can match); <paramref name="reaches"/> the lists below a node.
    /// </summary>
    public void LearnStartNodes(Func<char, char, char, int> nodeAfter, Func<int, uint> reaches)
    {
        for (var first = 0; first <= NonAscii; first++)
        {
            for (var second = 0; second <= NonAscii; second++)
            {
                for (var third = 0; third <= NonAscii; third++)
                {
                    keys[(((first << ClassBits) | second) << ClassBits) | third] = KeyOf(first, second, third, nodeAfter, reaches);
                }
            }
        }
    }

    /// <summary>
    /// The key of a word whose first three characters are <paramref name="a"/>, <paramref
    /// name="b"/>, <paramref name="c"/>: the lists that may match there (bits 0-4, as <see
    /// cref="MayMatch(ReadOnlySpan{char}, int)"/> or fewer, never dropping a list that matches)
    /// and above them the trie node to start the walk from after those three characters (0:
    /// from the word start).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Key(char a, char b, char c)
    {
        var classes = this.classes;
        var key = keys[(classes[a & 0x7F] << (2 * ClassBits)) | (classes[b & 0x7F] << ClassBits) | classes[c & 0x7F]];

        // Lower-casing could turn a non-ASCII character into a listed letter.
        return (a | b | c) < 0x80 ? key : TermTrie.AllLists;
    }

    /// <summary>
    /// <see cref="Key"/> of every word start in a block of ASCII characters at once: its index
    /// into <see cref="Keys"/> for each position, from the block at the start and the blocks one
    /// and two characters further. The caller checks all three are ASCII.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ushort> KeyIndexes(Vector256<ushort> first, Vector256<ushort> second, Vector256<ushort> third) =>
        (Class(first) << (2 * ClassBits)) | (Class(second) << ClassBits) | Class(third);

    /// <summary><see cref="KeyIndexes(Vector256{ushort}, Vector256{ushort}, Vector256{ushort})"/> for blocks of 32 characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ushort> KeyIndexes(Vector512<ushort> first, Vector512<ushort> second, Vector512<ushort> third) =>
        (Class(first) << (2 * ClassBits)) | (Class(second) << ClassBits) | Class(third);

    /// <summary>The table the key indexes point into.</summary>
    public ReadOnlySpan<uint> Keys => keys;

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

    // The class of ASCII characters: a letter's number or, for anything else, OtherAscii.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> Class(Vector256<ushort> block) =>
        Vector256.Min((block | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)OtherAscii));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ushort> Class(Vector512<ushort> block) =>
        Vector512.Min((block | Vector512.Create((ushort)0x20)) - Vector512.Create((ushort)'a'), Vector512.Create((ushort)OtherAscii));

    private static byte[] BuildClasses()
    {
        var classes = new byte[0x80];
        for (var c = 0; c < 0x80; c++)
        {
            classes[c] = (byte)(char.IsAsciiLetter((char)c) ? (c | 0x20) - 'a' : OtherAscii);
        }

        return classes;
    }

    private uint KeyOf(int first, int second, int third, Func<char, char, char, int> nodeAfter, Func<int, uint> reaches)
    {
        // The cases of MayMatch, by class.
        if (first >= OtherAscii || second == NonAscii || third == NonAscii)
        {
            return TermTrie.AllLists;
        }

        if (second == OtherAscii)
        {
            return pairs[(first * Columns) + Other] | acceptsAll;
        }

        var lists = triples[(((first * 26) + second) * Columns) + Math.Min(third, Other)] | acceptsAll;
        if (third == OtherAscii || lists == 0)
        {
            return lists;
        }

        // Three letters: a walk from the root would pass the node they lead to, so only the
        // lists below it can match, and none when they lead nowhere.
        var node = nodeAfter((char)('a' + first), (char)('a' + second), (char)('a' + third));
        return node switch
        {
            < 0 => 0,
            0 => lists,
            _ => (lists & reaches(node)) == 0 ? 0 : (lists & reaches(node)) | ((uint)node << TermTrie.ListCount),
        };
    }

    private static int Column(char c) => char.IsAsciiLetter(c) ? (c | 0x20) - 'a' : Other;

    private static int PairIndex(char first) => (((first | 0x20) - 'a') * Columns) + Other;

    private static int TripleIndex(char first, char second, int column) =>
        (((((first | 0x20) - 'a') * 26) + ((second | 0x20) - 'a')) * Columns) + column;
}
