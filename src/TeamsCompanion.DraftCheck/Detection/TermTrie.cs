namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// A character trie over lower-cased terms, so a term list is matched at each word start by
/// walking the text once, without building a string per word. Multi-word terms contain a
/// single space, matching any run of spaces in the text.
/// </summary>
internal sealed class TermTrie
{
    private readonly List<Dictionary<char, int>> children = [new()];
    private readonly List<string?> categories = [null];
    private readonly List<bool> prefixes = [false];

    public void Add(string term, string category, bool isPrefix)
    {
        var node = 0;
        foreach (var raw in term)
        {
            var c = char.ToLowerInvariant(raw);
            if (!children[node].TryGetValue(c, out var next))
            {
                next = children.Count;
                children.Add([]);
                categories.Add(null);
                prefixes.Add(false);
                children[node][c] = next;
            }

            node = next;
        }

        categories[node] = category;
        prefixes[node] = isPrefix;
    }

    /// <summary>
    /// The longest term at <paramref name="start"/>: exact terms must end at a word boundary,
    /// prefix terms extend to the end of the word they start. Returns the end or -1.
    /// </summary>
    public int Match(ReadOnlySpan<char> text, int start, out string? category)
    {
        category = null;
        var bestEnd = -1;
        var node = 0;
        var i = start;
        while (i < text.Length)
        {
            var c = char.ToLowerInvariant(text[i]);
            if (c == ' ' && i > start && text[i - 1] == ' ')
            {
                i++;
                continue;
            }

            if (!children[node].TryGetValue(c, out node))
            {
                break;
            }

            i++;
            if (categories[node] is { } found)
            {
                if (prefixes[node])
                {
                    bestEnd = TextScan.WordEnd(text, i);
                    category = found;
                }
                else if (TextScan.IsBoundaryAfter(text, i))
                {
                    bestEnd = i;
                    category = found;
                }
            }
        }

        return bestEnd;
    }
}
