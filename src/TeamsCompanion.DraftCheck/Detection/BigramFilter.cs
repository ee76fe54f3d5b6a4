namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// A 26×26 table of the first two letters of a word list. Most words of running text fail
/// this one array lookup, so the dictionary or trie behind it is consulted far less often.
/// Words that do not start with two ASCII letters always pass (the table cannot judge them).
/// </summary>
internal sealed class BigramFilter
{
    private readonly bool[] table = new bool[26 * 26];

    public BigramFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (Index(word) is var index && index >= 0)
            {
                table[index] = true;
            }
            else
            {
                AcceptsAll = true;
            }
        }
    }

    /// <summary>True when some listed word does not start with two ASCII letters.</summary>
    public bool AcceptsAll { get; }

    public bool MayMatch(ReadOnlySpan<char> text)
    {
        var index = Index(text);
        return index < 0 || AcceptsAll || table[index];
    }

    private static int Index(ReadOnlySpan<char> text)
    {
        if (text.Length < 2)
        {
            return -1;
        }

        var first = (text[0] | 0x20) - 'a';
        var second = (text[1] | 0x20) - 'a';
        return (uint)first < 26 && (uint)second < 26 && char.IsAsciiLetter(text[0]) && char.IsAsciiLetter(text[1]) ? (first * 26) + second : -1;
    }
}
