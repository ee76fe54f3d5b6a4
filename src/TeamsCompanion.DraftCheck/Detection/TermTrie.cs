namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// A character trie over lower-cased terms, so a term list is matched at each word start by
/// walking the text once, without building a string per word. Transitions on a-z live in a
/// flat table (the common case); other characters (ë, -, space) in a small dictionary.
/// Multi-word terms contain a single space, matching any run of spaces in the text.
/// </summary>
internal sealed class TermTrie
{
    private const int Letters = 26;

    private readonly List<int> asciiChildren = [.. new int[Letters]];
    private readonly Dictionary<(int Node, char C), int> otherChildren = [];
    private readonly List<string?> categories = [null];
    private readonly List<bool> prefixes = [false];
    private readonly List<string> terms = [];
    private BigramFilter? filter;

    /// <summary>A trie of exact phrases that all report the same category.</summary>
    public static TermTrie Of(IEnumerable<string> phrases, string category)
    {
        var trie = new TermTrie();
        foreach (var phrase in phrases)
        {
            trie.Add(phrase, category, isPrefix: false);
        }

        return trie;
    }

    public void Add(string term, string category, bool isPrefix)
    {
        terms.Add(term);
        filter = null;
        var node = 0;
        foreach (var raw in term)
        {
            var c = char.ToLowerInvariant(raw);
            var next = Child(node, c);
            if (next == 0)
            {
                next = categories.Count;
                asciiChildren.AddRange(new int[Letters]);
                categories.Add(null);
                prefixes.Add(false);
                if (c is >= 'a' and <= 'z')
                {
                    asciiChildren[(node * Letters) + (c - 'a')] = next;
                }
                else
                {
                    otherChildren[(node, c)] = next;
                }
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
        filter ??= new BigramFilter(terms);
        if (!filter.MayMatch(text[start..]))
        {
            return -1;
        }

        var bestEnd = -1;
        var node = 0;
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ' && i > start && text[i - 1] == ' ')
            {
                i++;
                continue;
            }

            node = Child(node, char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : char.ToLowerInvariant(c));
            if (node == 0)
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

    // Node 0 is the root and never a child, so 0 doubles as "no transition".
    private int Child(int node, char c) =>
        c is >= 'a' and <= 'z' ? asciiChildren[(node * Letters) + (c - 'a')] : otherChildren.GetValueOrDefault((node, c));
}
