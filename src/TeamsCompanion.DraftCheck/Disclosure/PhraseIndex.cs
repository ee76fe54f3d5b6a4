namespace TeamsCompanion.DraftCheck.Disclosure;

/// <summary>
/// Case-insensitive phrase lookup by first letter, so a list of phrases is matched in one
/// pass over the text instead of one pass per phrase.
/// </summary>
internal sealed class PhraseIndex
{
    private readonly string[][] byFirstLetter = new string[128][];

    public PhraseIndex(IEnumerable<string> phrases)
    {
        var buckets = new List<string>[128];
        foreach (var phrase in phrases)
        {
            var first = char.ToLowerInvariant(phrase[0]);
            (buckets[first] ??= []).Add(phrase);
        }

        for (var c = 0; c < buckets.Length; c++)
        {
            // Longest first so "as an ai language model" wins over "as an ai".
            byFirstLetter[c] = buckets[c]?.OrderByDescending(p => p.Length).ToArray() ?? [];
        }
    }

    /// <summary>Length of the longest phrase starting at <paramref name="start"/> and ending on a word boundary, or 0.</summary>
    public int MatchAt(ReadOnlySpan<char> text, int start)
    {
        var first = char.ToLowerInvariant(text[start]);
        if (first >= 128)
        {
            return 0;
        }

        foreach (var phrase in byFirstLetter[first])
        {
            var end = start + phrase.Length;
            if (text[start..].StartsWith(phrase, StringComparison.OrdinalIgnoreCase)
                && (end >= text.Length || !char.IsLetter(text[end]) || !char.IsLetter(phrase[^1])))
            {
                return phrase.Length;
            }
        }

        return 0;
    }
}
