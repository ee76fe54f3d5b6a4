using System.Runtime.Intrinsics;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// The name lists for words in ASCII. The name scanner looks up nearly every capitalised word,
/// most of them in vain, so a lookup must be cheap. Short words (nearly all) are found in a
/// <see cref="PackedWordIndex{TValue}"/> straight from a vector block of the text; other
/// words in an open-addressing table hashed on the lower-case word, which the caller hashes
/// while it finds the word's end, and whose slots hold their key's hash so a miss rarely reads
/// a key. An exact spelling (stop words and places are case-sensitive) is compared as a mask
/// of capitals, not character by character.
/// </summary>
internal sealed class AsciiNameTable
{
    public const uint HashSeed = 2166136261;

    private readonly ulong[] slots;
    private readonly Entry[] entries;
    private readonly int mask;
    private readonly PackedWordIndex<ShortEntry> shortWords;

    private AsciiNameTable(List<Entry> list)
    {
        var size = 16;
        while (size < list.Count * 4)
        {
            size *= 2;
        }

        mask = size - 1;
        slots = new ulong[size];
        entries = [.. list];
        for (var e = 0; e < entries.Length; e++)
        {
            var hash = Hash(entries[e].Key);
            var slot = (int)hash & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = ((ulong)hash << 32) | (uint)(e + 1);
        }

        shortWords = new PackedWordIndex<ShortEntry>(entries.Select((entry, index) => (entry.Key, ShortEntry.Of(entry, index))));
    }

    /// <summary>Longest key; longer words are not listed.</summary>
    public int MaxLength { get; private init; }

    /// <summary>One step of the hash, on a character already in lower case.</summary>
    public static uint Step(uint hash, uint folded) => (hash ^ folded) * 16777619;

    /// <summary>
    /// The table for <paramref name="dictionary"/> (which must ignore case), or null when some
    /// key or spelling cannot be put in ASCII form and checked to be found again under it.
    /// </summary>
    public static AsciiNameTable? TryCreate(IReadOnlyDictionary<string, NameWord> dictionary)
    {
        var list = new List<Entry>(dictionary.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var maxLength = 0;
        foreach (var (key, value) in dictionary)
        {
            // A key such as "Aydın" equals the ASCII word "AYDIN" ignoring case: its ASCII
            // form is stored. A key no ASCII word can equal is left to the dictionary.
            var ascii = AsciiForm(key);
            if (ascii is null)
            {
                continue;
            }

            if (ascii.Length > 64 || !seen.Add(ascii) || !dictionary.TryGetValue(ascii, out var again) || again != value)
            {
                return null;
            }

            var traits = (value.IsFirstName ? NameToken.Traits.FirstName : 0)
                | (value.IsSurname ? NameToken.Traits.Surname : 0)
                | (value.IsJoinerWord ? NameToken.Traits.Joiner : 0);
            if (CapitalMasks(value.StopWordSpellings, ascii) is not { } stops || CapitalMasks(value.PlaceSpellings, ascii) is not { } places)
            {
                return null;
            }

            list.Add(new Entry(ascii, traits, stops, places));
            maxLength = Math.Max(maxLength, ascii.Length);
        }

        return new AsciiNameTable(list) { MaxLength = maxLength };
    }

    /// <summary>
    /// The traits of the ASCII word <paramref name="word"/>, whose hash over lower-case
    /// characters is <paramref name="hash"/> and whose capitals are the bits of <paramref name="capitals"/>.
    /// </summary>
    public NameToken.Traits Find(ReadOnlySpan<char> word, uint hash, ulong capitals)
    {
        var slot = (int)hash & mask;
        while (slots[slot] is var packed && packed != 0)
        {
            if ((uint)(packed >> 32) == hash)
            {
                ref readonly var entry = ref entries[(int)(uint)packed - 1];
                if (entry.Key.Length == word.Length && EqualsFolded(word, entry.Key))
                {
                    return TraitsOf(entry, capitals);
                }
            }

            slot = (slot + 1) & mask;
        }

        return NameToken.Traits.None;
    }

    /// <summary>
    /// The traits of the word in the first <paramref name="length"/> (at most
    /// <see cref="PackedWordIndex{TValue}.MaxLength"/>) characters of <paramref name="block"/>, which are
    /// ASCII letters, apostrophes and hyphens; <paramref name="capitals"/> as for <see cref="Find"/>.
    /// </summary>
    public NameToken.Traits FindShort(Vector256<ushort> block, int length, uint capitals)
    {
        if (!shortWords.TryFind(block, length, out var found))
        {
            return NameToken.Traits.None;
        }

        if (found.MoreSpellings)
        {
            return TraitsOf(entries[found.Index], capitals);
        }

        // Without branches: which words are stop words or places follows no pattern.
        return (NameToken.Traits)found.Traits
            | (found.StopWordCapitals == capitals ? NameToken.Traits.StopWord : 0)
            | (found.PlaceCapitals == capitals ? NameToken.Traits.Place : 0);
    }

    private static NameToken.Traits TraitsOf(in Entry entry, ulong capitals) =>
        entry.Traits
        | (Contains(entry.StopWordCapitals, capitals) ? NameToken.Traits.StopWord : 0)
        | (Contains(entry.PlaceCapitals, capitals) ? NameToken.Traits.Place : 0);

    private static bool Contains(ulong[] masks, ulong capitals)
    {
        foreach (var m in masks)
        {
            if (m == capitals)
            {
                return true;
            }
        }

        return false;
    }

    private static bool EqualsFolded(ReadOnlySpan<char> word, string key)
    {
        for (var k = 0; k < key.Length; k++)
        {
            if (Fold(word[k]) != key[k])
            {
                return false;
            }
        }

        return true;
    }

    public static uint Fold(char c) => c is >= 'A' and <= 'Z' ? (uint)(c + 32) : c;

    private static uint Hash(string key)
    {
        var hash = HashSeed;
        foreach (var c in key)
        {
            hash = Step(hash, c);
        }

        return hash;
    }

    // An ASCII word equals an ASCII spelling of the same key exactly when their capitals are
    // in the same places. A spelling outside ASCII equals no ASCII word and is left out.
    private static ulong[]? CapitalMasks(string[] spellings, string key)
    {
        var masks = new List<ulong>();
        foreach (var spelling in spellings)
        {
            if (!System.Text.Ascii.IsValid(spelling))
            {
                continue;
            }

            if (spelling.Length != key.Length)
            {
                return null;
            }

            ulong capitals = 0;
            for (var k = 0; k < spelling.Length; k++)
            {
                if (Fold(spelling[k]) != key[k])
                {
                    return null;
                }

                capitals |= spelling[k] is >= 'A' and <= 'Z' ? 1UL << k : 0;
            }

            masks.Add(capitals);
        }

        return [.. masks];
    }

    // Lower-case ASCII equal to the key ignoring case, or null when there is none.
    private static string? AsciiForm(string key)
    {
        var chars = new char[key.Length];
        for (var k = 0; k < key.Length; k++)
        {
            var upper = char.ToUpperInvariant(key[k]);
            if (upper >= 0x80)
            {
                return null;
            }

            chars[k] = (char)Fold(upper);
        }

        return new string(chars);
    }

    private readonly record struct Entry(string Key, NameToken.Traits Traits, ulong[] StopWordCapitals, ulong[] PlaceCapitals);

    // An entry of a short word without references: most have at most one stop-word and one
    // place spelling, kept here as capitals (or NoSpelling, which no word's capitals equal);
    // the few others are looked up in the entry.
    private readonly record struct ShortEntry(byte Traits, bool MoreSpellings, uint StopWordCapitals, uint PlaceCapitals, int Index)
    {
        private const uint NoSpelling = uint.MaxValue;

        public static ShortEntry Of(in Entry entry, int index) =>
            new(
                (byte)entry.Traits,
                entry.StopWordCapitals.Length > 1 || entry.PlaceCapitals.Length > 1,
                entry.StopWordCapitals.Length == 1 ? (uint)entry.StopWordCapitals[0] : NoSpelling,
                entry.PlaceCapitals.Length == 1 ? (uint)entry.PlaceCapitals[0] : NoSpelling,
                index);
    }
}
