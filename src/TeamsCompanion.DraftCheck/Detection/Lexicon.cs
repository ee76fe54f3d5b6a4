using System.Collections.Frozen;
using System.Reflection;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>The embedded word lists (see Data/NOTE.md), loaded once per process.</summary>
internal static class Lexicon
{

    // Static readonly lookups: fetching an alternate lookup per word showed up in profiles.
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstNames = LoadSet("first-names.txt", StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Surnames = LoadSet("surnames.txt", StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWords = LoadSet("name-stopwords.txt", StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Kept apart from the stop words: after "mevrouw" even "Hoogeveen" is a surname.
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Places = LoadSet("places.txt", StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

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
}
