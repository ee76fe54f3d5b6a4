using System.Runtime.CompilerServices;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>The term lists matched at word starts; they share one <see cref="TermTrie"/>.</summary>
internal enum WordList
{
    Cue,
    Closing,
    SpecialCategory,
    AiTerm,
    Leftover,
}

/// <summary>
/// A character trie over the lower-cased terms of all <see cref="WordList"/>s, so every list
/// is matched at a word start by one walk over the text, without building a string per word.
/// Transitions on a-z and on the punctuation inside terms (space, hyphen, full stop,
/// apostrophe, comma, exclamation mark) live in a flat table; only other characters (ë, ï) go
/// to a small dictionary. Each node knows which lists still have terms below it, so a walk
/// for some lists stops as soon as none of them can match. Multi-word terms contain a single
/// space, matching any run of spaces in the text.
/// </summary>
internal sealed class TermTrie
{
    public const int ListCount = 5;
    public const uint AllLists = (1u << ListCount) - 1;

    private const int Letters = 26;
    private const int Columns = Letters + 6;

    private readonly List<int> asciiChildren = [.. new int[Columns]];
    private readonly Dictionary<(int Node, char C), int> otherChildren = [];
    private readonly bool[] otherAscii = new bool[128];
    private readonly List<string?> categories = [.. new string?[ListCount]];
    private readonly List<bool> prefixes = [.. new bool[ListCount]];
    private readonly List<byte> terminals = [0];
    private readonly List<byte> reaches = [0];
    private readonly List<(string Term, WordList List, bool IsPrefix)> terms = [];
    private Frozen? frozen;

    /// <summary>Tells from the first characters of a word which lists may match there.</summary>
    public TermStartFilter Filter => (frozen ??= Freeze()).Filter;

    public void Add(string term, WordList list, string category, bool isPrefix)
    {
        terms.Add((term, list, isPrefix));
        frozen = null;
        var bit = (byte)(1 << (int)list);
        var node = 0;
        reaches[0] |= bit;
        foreach (var raw in term)
        {
            var c = char.ToLowerInvariant(raw);
            var next = Child(node, c);
            if (next == 0)
            {
                next = terminals.Count;
                asciiChildren.AddRange(new int[Columns]);
                categories.AddRange(new string?[ListCount]);
                prefixes.AddRange(new bool[ListCount]);
                terminals.Add(0);
                reaches.Add(0);
                if (Column(c) is var column && column >= 0)
                {
                    asciiChildren[(node * Columns) + column] = next;
                }
                else
                {
                    otherChildren[(node, c)] = next;
                    if (c < 0x80)
                    {
                        otherAscii[c] = true;
                    }
                }
            }

            node = next;
            reaches[node] |= bit;
        }

        categories[(node * ListCount) + (int)list] = category;
        prefixes[(node * ListCount) + (int)list] = isPrefix;
        terminals[node] |= bit;
    }

    /// <summary>The category of the term recorded in <see cref="TermHits.Slots"/>.</summary>
    public string? Category(int slot) => (frozen ??= Freeze()).Categories[slot];

    /// <summary>
    /// Every list in <paramref name="lists"/> (a bit per list, already narrowed by
    /// <see cref="Filter"/>) matched at <paramref name="start"/> in one walk: exact terms must end
    /// at a word boundary, prefix terms extend to the end of the word they start. Returns the
    /// bits of the lists that matched; <paramref name="hits"/> is written only for those.
    /// </summary>
    public uint MatchFiltered(ReadOnlySpan<char> text, int start, uint lists, ref TermHits hits) =>
        Walk(text, start, 0, lists, ref hits);

    /// <summary>
    /// The walk of <see cref="MatchFiltered"/> from <paramref name="node"/>, reached by the characters before <paramref name="i"/>, for
    /// the <paramref name="lists"/> that may still match there. Inlined into the word loop.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Walk(ReadOnlySpan<char> text, int i, int node, uint lists, ref TermHits hits) =>
        Walk(text, i, node, lists, ref hits, measure: false, out _);

    /// <summary>
    /// <see cref="Walk(ReadOnlySpan{char}, int, int, uint, ref TermHits)"/> that also tells how far it read:
    /// <paramref name="reach"/> is one past the last character the outcome depends on, or beyond the
    /// text when it depends on where the text ends. Any text with the same characters before
    /// <paramref name="reach"/> walks the same way.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public uint WalkMeasured(ReadOnlySpan<char> text, int i, int node, uint lists, ref TermHits hits, out int reach) =>
        Walk(text, i, node, lists, ref hits, measure: true, out reach);

    // One walk for both: measure is a constant at each call, so the plain walk keeps no reach.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint Walk(ReadOnlySpan<char> text, int i, int node, uint lists, ref TermHits hits, bool measure, out int reach)
    {
        reach = 0;
        // Built on first use, after the last Add: arrays instead of lists in the hot walk.
        var table = Table;
        var steps = table.Steps;
        var columns = table.AsciiColumns;
        var matched = 0u;
        while ((uint)i < (uint)text.Length)
        {
            // One load per step gives the child with its lists (see Frozen.Steps).
            var c = text[i];
            if (measure)
            {
                reach = Math.Max(reach, i + 1);
            }

            var column = c < 0x80 ? columns[c] : -1;
            var entry = column >= 0 ? steps[(node * Columns) + column] : OtherStep(table, node, c);
            if (entry == 0)
            {
                return matched;
            }

            i++;
            lists &= (uint)entry >> ListCount;
            if (lists == 0)
            {
                return matched;
            }

            node = entry >> (2 * ListCount);
            var ending = lists & (uint)entry & AllLists;
            if (ending != 0)
            {
                matched |= Record(table, node, ending, text, i, ref hits, ref reach);
            }

            if (c == ' ')
            {
                // A space in a term matches a run of spaces.
                while (i < text.Length && text[i] == ' ')
                {
                    i++;
                }
            }
        }

        // The walk ran into the end of the text.
        if (measure)
        {
            reach = text.Length + 1;
        }

        return matched;
    }

    private Frozen Table => frozen ??= Freeze();

    // Characters outside the flat table (ë, ï, digits, other cases): rare, so not inlined.
    private int OtherStep(Frozen table, int node, char c)
    {
        int child;
        if (c < 0x80)
        {
            child = table.OtherAscii[c] ? otherChildren.GetValueOrDefault((node, c)) : 0;
        }
        else
        {
            var lower = char.ToLowerInvariant(c);
            if (lower < 0x80 && table.AsciiColumns[lower] >= 0)
            {
                return table.Steps[(node * Columns) + table.AsciiColumns[lower]];
            }

            child = otherChildren.GetValueOrDefault((node, lower));
        }

        return table.Entries[child];
    }

    // Reach: the boundary test reads the character at i; a word end the character after it too
    // (an inner hyphen looks one further); either reads past the text at its end.
    private static uint Record(Frozen table, int node, uint ending, ReadOnlySpan<char> text, int i, ref TermHits hits, ref int reach)
    {
        var recorded = 0u;
        var isBoundary = TextScan.IsBoundaryAfter(text, i);
        reach = Math.Max(reach, i + 1);
        for (var list = 0; list < ListCount; list++)
        {
            if ((ending & (1u << list)) == 0)
            {
                continue;
            }

            var slot = (node * ListCount) + list;
            if (table.Prefixes[slot])
            {
                hits.Ends[list] = TextScan.WordEnd(text, i);
                reach = Math.Max(reach, hits.Ends[list] + 2);
            }
            else if (isBoundary)
            {
                hits.Ends[list] = i;
            }
            else
            {
                continue;
            }

            hits.Slots[list] = slot;
            recorded |= 1u << list;
        }

        return recorded;
    }

    private Frozen Freeze()
    {
        var columns = new sbyte[128];
        for (var c = 0; c < columns.Length; c++)
        {
            columns[c] = (sbyte)Column((char)c);
        }

        // A node's entry: its number, the lists below it and the lists ending at it in one int.
        // Node 0, the root, is never a child: its entry 0 means "no transition".
        var entries = new int[terminals.Count];
        for (var node = 1; node < entries.Length; node++)
        {
            entries[node] = (node << (2 * ListCount)) | (reaches[node] << ListCount) | terminals[node];
        }

        var steps = new int[asciiChildren.Count];
        for (var k = 0; k < steps.Length; k++)
        {
            steps[k] = entries[asciiChildren[k]];
        }

        var filter = new TermStartFilter(terms);
        filter.LearnStartNodes(NodeAfter, node => reaches[node]);
        return new Frozen(filter, steps, entries, columns, (bool[])otherAscii.Clone(), [.. categories], [.. prefixes]);
    }

    /// <summary>
    /// The node three lower-case letters lead to from the root; 0 if a term ends on the way,
    /// -1 if they lead nowhere before that.
    /// </summary>
    private int NodeAfter(char a, char b, char c)
    {
        var node = 0;
        foreach (var letter in (ReadOnlySpan<char>)[a, b, c])
        {
            node = Child(node, letter);
            if (node == 0)
            {
                return -1;
            }

            if (terminals[node] != 0)
            {
                return 0;
            }
        }

        return node;
    }

    // Node 0 is the root and never a child, so 0 doubles as "no transition".
    private int Child(int node, char c)
    {
        var column = Column(c);
        return column >= 0 ? asciiChildren[(node * Columns) + column] : otherChildren.GetValueOrDefault((node, c));
    }

    private static int Column(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        >= 'A' and <= 'Z' => c - 'A',
        ' ' => Letters,
        '-' => Letters + 1,
        '.' => Letters + 2,
        '\'' => Letters + 3,
        ',' => Letters + 4,
        '!' => Letters + 5,
        _ => -1,
    };

    // Steps: per node and column, the child's entry (see Freeze).
    private sealed record Frozen(
        TermStartFilter Filter,
        int[] Steps,
        int[] Entries,
        sbyte[] AsciiColumns,
        bool[] OtherAscii,
        string?[] Categories,
        bool[] Prefixes);
}

/// <summary>
/// The result of one walk: per <see cref="WordList"/>, the end of the longest term (or -1) and
/// where its category is (<see cref="TermTrie.Category"/>). No references, so the thousands of
/// word matches of a long text are copied and stored without GC write barriers.
/// </summary>
internal struct TermHits
{
    public PerList<int> Ends;
    public PerList<int> Slots;
}

/// <summary>One value per <see cref="WordList"/>, stored inline (no array object).</summary>
[InlineArray(TermTrie.ListCount)]
internal struct PerList<T>
    where T : unmanaged
{
    private T first;
}
