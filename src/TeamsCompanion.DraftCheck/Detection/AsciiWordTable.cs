namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// An open-addressing hash table over the words of a case-insensitive dictionary, for words
/// in ASCII: the hash folds case as it reads, so a lookup reads each character once and
/// compares one key. The name scanner looks up every capitalised word, and the general
/// ignore-case lookup was its largest cost. A word with a character outside ASCII is not
/// decided here; the caller asks the dictionary itself.
/// </summary>
internal sealed class AsciiWordTable<TValue>
{
    private readonly int[] slots;
    private readonly string[] keys;
    private readonly TValue[] values;
    private readonly int mask;

    private AsciiWordTable(List<(string Key, TValue Value)> entries)
    {
        var size = 16;
        while (size < entries.Count * 2)
        {
            size *= 2;
        }

        mask = size - 1;
        slots = new int[size];
        keys = new string[entries.Count];
        values = new TValue[entries.Count];
        for (var e = 0; e < entries.Count; e++)
        {
            keys[e] = entries[e].Key;
            values[e] = entries[e].Value;
            var slot = (int)Hash(entries[e].Key) & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = e + 1;
        }
    }

    /// <summary>
    /// The table for <paramref name="dictionary"/> (which must ignore case), or null when some
    /// key cannot be put in ASCII form and checked to be found again under it.
    /// </summary>
    public static AsciiWordTable<TValue>? TryCreate(IReadOnlyDictionary<string, TValue> dictionary)
    {
        var entries = new List<(string, TValue)>(dictionary.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in dictionary)
        {
            // A key such as "Aydın" equals the ASCII word "AYDIN" ignoring case: its ASCII
            // form is stored. A key no ASCII word can equal is left to the dictionary.
            var ascii = AsciiForm(key);
            if (ascii is null)
            {
                continue;
            }

            if (!seen.Add(ascii) || !dictionary.TryGetValue(ascii, out var again) || !EqualityComparer<TValue>.Default.Equals(again, value))
            {
                return null;
            }

            entries.Add((ascii, value));
        }

        return new AsciiWordTable<TValue>(entries);
    }

    /// <summary>
    /// True when <paramref name="word"/> is all ASCII and so decided here (<paramref name="value"/>
    /// is then the entry, or default when there is none); false when the dictionary must decide.
    /// </summary>
    public bool TryFind(ReadOnlySpan<char> word, out TValue? value)
    {
        value = default;
        uint hash = 2166136261;
        foreach (var c in word)
        {
            if (c >= 0x80)
            {
                return false;
            }

            hash = (hash ^ Fold(c)) * 16777619;
        }

        var slot = (int)hash & mask;
        while (slots[slot] is var entry && entry != 0)
        {
            var key = keys[entry - 1];
            if (key.Length == word.Length && EqualsFolded(word, key))
            {
                value = values[entry - 1];
                return true;
            }

            slot = (slot + 1) & mask;
        }

        return true;
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

    private static uint Fold(char c) => c is >= 'A' and <= 'Z' ? (uint)(c + 32) : c;

    private static uint Hash(string key)
    {
        uint hash = 2166136261;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
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
}
