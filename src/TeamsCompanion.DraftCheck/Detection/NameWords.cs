using System.Collections.Frozen;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// The name lists (first names, surnames, tussenvoegsels, stop words, places) merged into one
/// dictionary, so a word of a possible name costs one lookup instead of up to four. First
/// names, surnames and joiners ignore case; stop words and places must match exactly ("Bij"
/// stops a name, "bij" does not), so their spellings are kept and compared on a hit.
/// </summary>
internal static class NameWords
{
    private static readonly FrozenDictionary<string, NameWord> Words = Build();
    private static readonly FrozenDictionary<string, NameWord>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly AsciiWordTable<NameWord>? AsciiWords = AsciiWordTable<NameWord>.TryCreate(Words);
    private static readonly int MaxLength = Words.Keys.Max(word => word.Length);

    public static NameWord Find(ReadOnlySpan<char> word)
    {
        // Ignoring case maps one UTF-16 unit to one, so no longer word can be listed.
        if (word.Length > MaxLength)
        {
            return NameWord.None;
        }

        if (AsciiWords is not null && AsciiWords.TryFind(word, out var ascii))
        {
            return ascii == default ? NameWord.None : ascii;
        }

        return Lookup.TryGetValue(word, out var found) ? found : NameWord.None;
    }

    private static FrozenDictionary<string, NameWord> Build()
    {
        var entries = new Dictionary<string, NameWord>(StringComparer.OrdinalIgnoreCase);
        void Add(IEnumerable<string> words, Func<NameWord, string, NameWord> with)
        {
            foreach (var word in words)
            {
                entries[word] = with(entries.GetValueOrDefault(word, NameWord.None), word);
            }
        }

        Add(Lexicon.ReadLines("first-names.txt"), (e, _) => e with { IsFirstName = true });
        Add(Lexicon.ReadLines("surnames.txt"), (e, _) => e with { IsSurname = true });
        Add(NameCues.JoinerWords, (e, _) => e with { IsJoinerWord = true });
        Add(Lexicon.ReadLines("name-stopwords.txt"), (e, w) => e with { StopWordSpellings = [.. e.StopWordSpellings, w] });
        Add(Lexicon.ReadLines("places.txt"), (e, w) => e with { PlaceSpellings = [.. e.PlaceSpellings, w] });
        return entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}

/// <summary>What the name lists say about one word (compared ignoring case).</summary>
internal readonly record struct NameWord(bool IsFirstName, bool IsSurname, bool IsJoinerWord, string[] StopWordSpellings, string[] PlaceSpellings)
{
    public static readonly NameWord None = new(false, false, false, [], []);

    public bool IsStopWord(ReadOnlySpan<char> word) => Spelled(StopWordSpellings, word);

    public bool IsPlace(ReadOnlySpan<char> word) => Spelled(PlaceSpellings, word);

    private static bool Spelled(string[] spellings, ReadOnlySpan<char> word)
    {
        foreach (var spelling in spellings)
        {
            if (word.SequenceEqual(spelling))
            {
                return true;
            }
        }

        return false;
    }
}
