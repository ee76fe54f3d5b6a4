using System.Numerics;
using System.Runtime.Intrinsics;
using System.Text;
using TeamsCompanion.DraftCheck.Detection;

namespace TeamsCompanion.DraftCheck.Disclosure;

/// <summary>
/// Several groups of phrases looked for in one sentence, case-insensitively, as substrings;
/// phrases of a "whole word" group count only between non-letters. ASCII sentences (almost
/// all) are searched in one pass with a trie walk from each position, instead of one search
/// per phrase: a disclosure check looks for some 90 phrases in every sentence that names AI.
/// Other sentences use <see cref="StringComparison.OrdinalIgnoreCase"/> phrase by phrase,
/// which is what the trie reproduces for ASCII text.
/// </summary>
internal sealed class PhraseGroups
{
    private readonly string[][] groups;
    private readonly uint wholeWordGroups;
    private readonly sbyte[] columns = new sbyte[128];
    private readonly int columnCount;
    private readonly int[] children;
    private readonly uint[] ends;

    // The first two characters of all phrases, folded like ASCII letters (c | 0x20), when they
    // are few (the pointer phrases: "de", "di", "th", "ik", …): a sentence is searched for them
    // 16 characters at a time and walks start only there. Empty when there are too many.
    private readonly (char First, char Second)[] startPairs;
    private const int MaxStartPairs = 12;

    /// <param name="groups">The phrases of group g give bit g of <see cref="Find"/>.</param>
    /// <param name="wholeWordGroups">A bit per group whose phrases must stand as whole words.</param>
    public PhraseGroups(string[][] groups, uint wholeWordGroups)
    {
        this.groups = groups;
        this.wholeWordGroups = wholeWordGroups;
        Array.Fill(columns, (sbyte)-1);
        foreach (var phrase in groups.SelectMany(g => g).Where(p => Ascii.IsValid(p)))
        {
            foreach (var c in phrase)
            {
                var lower = char.ToLowerInvariant(c);
                if (columns[lower] < 0)
                {
                    columns[lower] = (sbyte)columnCount++;
                }
            }
        }

        for (var c = 'A'; c <= 'Z'; c++)
        {
            columns[c] = columns[c | 0x20];
        }

        var nodes = new List<int>(new int[columnCount]);
        var nodeEnds = new List<uint> { 0 };
        for (var g = 0; g < groups.Length; g++)
        {
            // A phrase with other characters cannot occur in ASCII text, even ignoring case.
            foreach (var phrase in groups[g].Where(p => Ascii.IsValid(p)))
            {
                var node = 0;
                foreach (var c in phrase)
                {
                    var slot = (node * columnCount) + columns[c];
                    if (nodes[slot] == 0)
                    {
                        nodes[slot] = nodeEnds.Count;
                        nodes.AddRange(new int[columnCount]);
                        nodeEnds.Add(0);
                    }

                    node = nodes[slot];
                }

                nodeEnds[node] |= 1u << g;
            }
        }

        children = [.. nodes];
        ends = [.. nodeEnds];
        var phrases = groups.SelectMany(g => g).Where(p => Ascii.IsValid(p)).ToList();
        var pairs = phrases.Where(p => p.Length >= 2).Select(p => ((char)(p[0] | 0x20), (char)(p[1] | 0x20))).Distinct().ToArray();
        startPairs = phrases.All(p => p.Length >= 2) && pairs.Length <= MaxStartPairs ? pairs : [];
    }

    /// <summary>A bit per group with a phrase in <paramref name="text"/>.</summary>
    public uint Find(ReadOnlySpan<char> text)
    {
        if (!Ascii.IsValid(text))
        {
            return FindOneByOne(text);
        }

        var found = 0u;
        var start = 0;
        if (startPairs.Length > 0 && CharBlocks.IsAccelerated)
        {
            for (; start + CharBlocks.Size < text.Length; start += CharBlocks.Size)
            {
                for (var bits = StartsIn(CharBlocks.Load(text, start), CharBlocks.Load(text, start + 1)); bits != 0; bits &= bits - 1)
                {
                    found |= WalkFrom(text, start + BitOperations.TrailingZeroCount(bits));
                }
            }
        }

        for (; start < text.Length; start++)
        {
            found |= WalkFrom(text, start);
        }

        return found;
    }

    /// <summary>
    /// A bit per character of <paramref name="block"/> that, with the next one (the same
    /// position in <paramref name="next"/>), may start a phrase. Folding with 0x20 can only
    /// let more pairs through, never fewer; the walk decides.
    /// </summary>
    private uint StartsIn(Vector256<ushort> block, Vector256<ushort> next)
    {
        var fold = Vector256.Create((ushort)0x20);
        var first = block | fold;
        var second = next | fold;
        var matches = Vector256<ushort>.Zero;
        foreach (var (a, b) in startPairs)
        {
            matches |= Vector256.Equals(first, Vector256.Create((ushort)a)) & Vector256.Equals(second, Vector256.Create((ushort)b));
        }

        return matches.ExtractMostSignificantBits();
    }

    /// <summary>The groups of the phrases that start at <paramref name="start"/>.</summary>
    private uint WalkFrom(ReadOnlySpan<char> text, int start)
    {
        var found = 0u;
        var node = 0;
        for (var i = start; i < text.Length; i++)
        {
            var column = columns[text[i]];
            if (column < 0 || (node = children[(node * columnCount) + column]) == 0)
            {
                break;
            }

            var ending = ends[node];
            if ((ending & wholeWordGroups) != 0 && !IsWholeWord(text, start, i + 1))
            {
                ending &= ~wholeWordGroups;
            }

            found |= ending;
        }

        return found;
    }

    private uint FindOneByOne(ReadOnlySpan<char> text)
    {
        var found = 0u;
        for (var g = 0; g < groups.Length; g++)
        {
            var wholeWord = (wholeWordGroups & (1u << g)) != 0;
            foreach (var phrase in groups[g])
            {
                if (wholeWord ? ContainsWord(text, phrase) : text.Contains(phrase, StringComparison.OrdinalIgnoreCase))
                {
                    found |= 1u << g;
                    break;
                }
            }
        }

        return found;
    }

    private static bool ContainsWord(ReadOnlySpan<char> text, string word)
    {
        var from = 0;
        while (from < text.Length)
        {
            var found = text[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return false;
            }

            var start = from + found;
            if (IsWholeWord(text, start, start + word.Length))
            {
                return true;
            }

            from = start + word.Length;
        }

        return false;
    }

    private static bool IsWholeWord(ReadOnlySpan<char> text, int start, int end) =>
        (start == 0 || !char.IsLetter(text[start - 1])) && (end >= text.Length || !char.IsLetter(text[end]));
}
