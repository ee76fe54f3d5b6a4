namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// A character trie over lower-cased terms, so a term list is matched at each word start by
/// walking the text once, without building a string per word. Transitions on a-z and on the
/// punctuation inside terms (space, hyphen, full stop, apostrophe, comma, exclamation mark)
/// live in a flat table; only other characters (ë, ï) go to a small dictionary, because the
/// walk reaches the space after almost every word and a dictionary there showed in profiles.
/// Multi-word terms contain a single space, matching any run of spaces in the text.
/// </summary>
internal sealed class TermTrie
{
    private const int Letters = 26;
    private const int Columns = Letters + 6;

    private readonly List<int> asciiChildren = [.. new int[Columns]];
    private readonly Dictionary<(int Node, char C), int> otherChildren = [];
    private readonly List<string?> categories = [null];
    private readonly List<bool> prefixes = [false];
    private readonly List<string> terms = [];
    private Frozen? frozen;

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
        frozen = null;
        var node = 0;
        foreach (var raw in term)
        {
            var c = char.ToLowerInvariant(raw);
            var next = Child(node, c);
            if (next == 0)
            {
                next = categories.Count;
                asciiChildren.AddRange(new int[Columns]);
                categories.Add(null);
                prefixes.Add(false);
                if (Column(c) is var column && column >= 0)
                {
                    asciiChildren[(node * Columns) + column] = next;
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

        // Built on first use, after the last Add: arrays instead of lists in the hot walk.
        var table = frozen ??= new Frozen(new BigramFilter(terms), [.. asciiChildren], [.. categories], [.. prefixes]);
        if (!table.Filter.MayMatch(text[start..]))
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

            var lower = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : char.ToLowerInvariant(c);
            var column = Column(lower);
            node = column >= 0 ? table.Children[(node * Columns) + column] : otherChildren.GetValueOrDefault((node, lower));
            if (node == 0)
            {
                break;
            }

            i++;
            if (table.Categories[node] is { } found)
            {
                if (table.Prefixes[node])
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
    private int Child(int node, char c)
    {
        var column = Column(c);
        return column >= 0 ? asciiChildren[(node * Columns) + column] : otherChildren.GetValueOrDefault((node, c));
    }

    private static int Column(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        ' ' => Letters,
        '-' => Letters + 1,
        '.' => Letters + 2,
        '\'' => Letters + 3,
        ',' => Letters + 4,
        '!' => Letters + 5,
        _ => -1,
    };

    private sealed record Frozen(BigramFilter Filter, int[] Children, string?[] Categories, bool[] Prefixes);
}
