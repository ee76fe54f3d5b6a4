using System.Collections.Frozen;
using System.Numerics;
using System.Runtime.Intrinsics;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// The name lists (first names, surnames, tussenvoegsels, stop words, places) merged into one
/// dictionary, so a word of a possible name costs one lookup instead of up to four; words in
/// ASCII (nearly all) are looked up in a copy made for speed, <see cref="AsciiNameTable"/>. First
/// names, surnames and joiners ignore case; stop words and places must match exactly ("Bij"
/// stops a name, "bij" does not), so their spellings are kept and compared on a hit.
/// </summary>
internal static class NameWords
{
    private static readonly FrozenDictionary<string, NameWord> Words = Build();
    private static readonly FrozenDictionary<string, NameWord>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly AsciiNameTable? AsciiWords = AsciiNameTable.TryCreate(Words);
    private static readonly int MaxLength = Words.Keys.Max(word => word.Length);

    /// <summary>Rules out most capitals as the start of a bare name before any lookup.</summary>
    public static readonly NameStartFilter StartFilter = new(Words);

    /// <summary>
    /// The word at <paramref name="start"/> (see <see cref="TextScan.WordEnd"/>) and what the
    /// lists say about it. A word in ASCII is hashed while its end is found, so it is read once.
    /// </summary>
    public static NameToken Read(ReadOnlySpan<char> text, int start)
    {
        if (AsciiWords is not { } table)
        {
            return ReadAny(text, start);
        }

        // Most words are short and in ASCII: read them as one block of characters.
        if (CharBlocks.IsAccelerated && start <= text.Length - CharBlocks.Size)
        {
            var block = CharBlocks.Load(text, start);
            var letters = CharBlocks.AsciiLetters(block);
            var inner = CharBlocks.Equal(block, '\'') | (CharBlocks.Equal(block, '-') & (letters >> 1) & ~1u);
            var wordLength = BitOperations.TrailingZeroCount(~(letters | inner));

            // A word that runs on, or stops at a character outside ASCII or a hyphen, is left
            // to the character-by-character rules below.
            if (wordLength < CharBlocks.Size && text[start + wordLength] is < '\u0080' and not '-')
            {
                return ShortAscii(table, block, start, wordLength);
            }
        }

        var hash = AsciiNameTable.HashSeed;
        ulong capitals = 0;
        var i = start;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiLetter(c))
            {
                // Past 64 letters the mask wraps, but no such word is listed or an acronym.
                capitals |= c <= 'Z' ? 1UL << (i - start) : 0;
                hash = AsciiNameTable.Step(hash, (uint)(c | 0x20));
            }
            else if (c == '\'' || (c == '-' && i > start && i + 1 < text.Length && char.IsLetter(text[i + 1])))
            {
                hash = AsciiNameTable.Step(hash, c);
            }
            else if (c >= 0x80 && (char.IsLetter(c) || c == '\u2019'))
            {
                return ReadAny(text, start);
            }
            else
            {
                break;
            }
        }

        var length = i - start;
        if (length == 0)
        {
            return new NameToken(start, NameToken.Traits.None);
        }

        var upper = char.IsAsciiLetterUpper(text[start]);
        var traits = upper ? NameToken.Traits.Upper : NameToken.Traits.None;
        if (length <= 5 && capitals == (1UL << length) - 1)
        {
            traits |= NameToken.Traits.Acronym;
        }

        // Lower-case words longer than a joiner need no lookup.
        if ((upper || length <= NameCues.MaxJoinerLength) && length <= table.MaxLength)
        {
            traits |= table.Find(text[start..i], hash, capitals);
        }

        return new NameToken(i, traits);
    }

    private static NameToken ShortAscii(AsciiNameTable table, Vector256<ushort> block, int start, int length)
    {
        if (length == 0)
        {
            return new NameToken(start, NameToken.Traits.None);
        }

        var all = (1u << length) - 1;
        var capitals = CharBlocks.AsciiUppers(block) & all;
        var upper = (capitals & 1) != 0;
        var traits = upper ? NameToken.Traits.Upper : NameToken.Traits.None;
        if (length <= 5 && capitals == all)
        {
            traits |= NameToken.Traits.Acronym;
        }

        if (upper || length <= NameCues.MaxJoinerLength)
        {
            traits |= table.FindShort(block, length, capitals);
        }

        return new NameToken(start + length, traits);
    }

    // Any word, through the dictionary: the way for words outside ASCII.
    private static NameToken ReadAny(ReadOnlySpan<char> text, int start)
    {
        var end = TextScan.WordEnd(text, start);
        var word = text[start..end];
        if (word.IsEmpty)
        {
            return new NameToken(start, NameToken.Traits.None);
        }

        var upper = char.IsUpper(word[0]);
        var listed = upper || word.Length <= NameCues.MaxJoinerLength ? Find(word) : NameWord.None;
        var traits = (upper ? NameToken.Traits.Upper : 0)
            | (IsAllCapsAcronym(word) ? NameToken.Traits.Acronym : 0)
            | (listed.IsFirstName ? NameToken.Traits.FirstName : 0)
            | (listed.IsSurname ? NameToken.Traits.Surname : 0)
            | (listed.IsJoinerWord ? NameToken.Traits.Joiner : 0)
            | (listed.IsStopWord(word) ? NameToken.Traits.StopWord : 0)
            | (listed.IsPlace(word) ? NameToken.Traits.Place : 0);
        return new NameToken(end, traits);
    }

    private static bool IsAllCapsAcronym(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return word.Length <= 5;
    }

    private static NameWord Find(ReadOnlySpan<char> word)
    {
        // Ignoring case maps one UTF-16 unit to one, so no longer word can be listed.
        if (word.Length > MaxLength)
        {
            return NameWord.None;
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
