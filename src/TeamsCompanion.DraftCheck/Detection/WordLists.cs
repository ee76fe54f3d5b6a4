using TeamsCompanion.DraftCheck.Disclosure;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// The one trie holding every term list matched at word starts: name cues, closings, special
/// categories, AI terms and AI leftovers. One walk per word serves all five scanners
/// (see <see cref="WordMatches"/>); a profile showed five separate walks per word.
/// </summary>
internal static class WordLists
{
    public static readonly TermTrie Trie = Build();

    private static TermTrie Build()
    {
        var trie = new TermTrie();
        foreach (var (term, category) in NameCues.CueTerms())
        {
            trie.Add(term, WordList.Cue, category, isPrefix: false);
        }

        foreach (var closing in NameCues.ClosingTerms)
        {
            trie.Add(closing, WordList.Closing, "closing", isPrefix: false);
        }

        foreach (var line in Lexicon.ReadLines("special-categories.txt"))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var term = line[(tab + 1)..];
            var isPrefix = term.EndsWith('*');
            // One string per category, so the detector's label lookup finds it by reference.
            trie.Add(isPrefix ? term[..^1] : term, WordList.SpecialCategory, string.Intern(line[..tab]), isPrefix);
        }

        foreach (var term in DisclosureDetector.AiTerms)
        {
            trie.Add(term, WordList.AiTerm, "ai", isPrefix: false);
        }

        foreach (var phrase in LeftoverScanner.Phrases)
        {
            trie.Add(phrase, WordList.Leftover, "leftover", isPrefix: false);
        }

        return trie;
    }
}
