using System.Text;

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
    }

    /// <summary>A bit per group with a phrase in <paramref name="text"/>.</summary>
    public uint Find(ReadOnlySpan<char> text)
    {
        if (!Ascii.IsValid(text))
        {
            return FindOneByOne(text);
        }

        var found = 0u;
        for (var start = 0; start < text.Length; start++)
        {
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
