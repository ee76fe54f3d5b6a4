namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// GDPR art. 9/10 data by term lists (Data/special-categories.txt). A term says the text
/// may be about someone's health, belief, origin and so on; it does not prove it, so the
/// confidence is moderate and the subtype names the category.
/// </summary>
internal static class SpecialCategoryDetector
{
    public static void Scan(ReadOnlySpan<char> text, WordStarts words, CandidateSet sink)
    {
        var trie = Lexicon.SpecialCategories;
        var skipUntil = 0;
        for (var w = 0; w < words.Count; w++)
        {
            var i = words[w];
            if (i < skipUntil)
            {
                continue;
            }

            var end = trie.Match(text, i, out var category);
            if (end > i)
            {
                sink.Add(new Candidate(FindingTypes.SpecialCategory, category, i, end, 0.7, "special-category." + category, Priority.SpecialCategory));
                skipUntil = end;
            }
        }
    }
}
