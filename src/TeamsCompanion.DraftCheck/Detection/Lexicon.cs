using System.Collections.Frozen;
using System.Reflection;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>The embedded word lists (see Data/NOTE.md), loaded once per process.</summary>
internal static class Lexicon
{
    private static readonly Lazy<FrozenSet<string>> FirstNameSet = new(() => LoadSet("first-names.txt", StringComparer.OrdinalIgnoreCase));
    private static readonly Lazy<FrozenSet<string>> SurnameSet = new(() => LoadSet("surnames.txt", StringComparer.OrdinalIgnoreCase));
    private static readonly Lazy<FrozenSet<string>> StopWordSet = new(() => LoadSet("name-stopwords.txt", StringComparer.Ordinal));
    private static readonly Lazy<TermTrie> SpecialTermTrie = new(LoadSpecialCategories);

    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstNames => FirstNameSet.Value.GetAlternateLookup<ReadOnlySpan<char>>();

    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Surnames => SurnameSet.Value.GetAlternateLookup<ReadOnlySpan<char>>();

    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWords => StopWordSet.Value.GetAlternateLookup<ReadOnlySpan<char>>();

    public static TermTrie SpecialCategories => SpecialTermTrie.Value;

    internal static IEnumerable<string> ReadLines(string resource)
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream("TeamsCompanion.DraftCheck.Data." + resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing; check the .csproj.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    private static FrozenSet<string> LoadSet(string resource, StringComparer comparer) =>
        ReadLines(resource).ToFrozenSet(comparer);

    private static TermTrie LoadSpecialCategories()
    {
        var trie = new TermTrie();
        foreach (var line in ReadLines("special-categories.txt"))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var term = line[(tab + 1)..];
            var isPrefix = term.EndsWith('*');
            trie.Add(isPrefix ? term[..^1] : term, line[..tab], isPrefix);
        }

        return trie;
    }
}
