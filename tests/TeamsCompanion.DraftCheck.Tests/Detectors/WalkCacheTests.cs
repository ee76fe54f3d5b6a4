using System.Runtime.CompilerServices;
using System.Text;
using TeamsCompanion.DraftCheck.Detection;
using TeamsCompanion.DraftCheck.Disclosure;

namespace TeamsCompanion.DraftCheck.Tests.Detectors;

/// <summary>
/// Long texts reuse kept walk outcomes (see WalkCache): every word's matches must still be
/// those of a walk from the root, also where the same word goes on differently (a term one
/// letter longer, a second word, a hyphen, the end of the text).
/// </summary>
public class WalkCacheTests
{
    private static readonly string[] Tails =
        ["", " ", "  ", "\n", ",", ".", "-", "-x", "-1", "x", "s", "en", "1", "é", " de", " u", " wij", " AI", "'s", "Z"];

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 6)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Words_from_kept_walks_match_like_a_walk_from_the_root(int seed) => AssertLikeWalksFromTheRoot(TextOfTerms(seed, 40_000), 1000);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Words_of_a_short_text_match_like_a_walk_from_the_root(int seed) => AssertLikeWalksFromTheRoot(TextOfTerms(seed, 1_500), 20);

    [Fact]
    public void A_table_goes_back_without_draft_text()
    {
        // Short and long texts: one clears the entries it wrote, the other the whole table.
        foreach (var length in new[] { 1_500, 40_000 })
        {
            var text = TextOfTerms(7, length);
            var given = WalkCache.Rent();
            WalkCache.Return(given, []);
            using (var words = WordStarts.Of(text))
            using (var matches = WordMatches.Of(text, words))
            {
                Assert.True(matches.Count > 0);
            }

            // Each thread has one table: the one the check used.
            var table = WalkCache.Rent();
            try
            {
                Assert.Same(given, table);
                Assert.All(table, entry => Assert.True(entry.Free == 0 && entry.Head == default && entry.Tail == default, "an entry still holds draft text"));
            }
            finally
            {
                WalkCache.Return(table, []);
            }
        }
    }

    [Fact]
    public void A_restored_match_is_the_kept_one_moved_to_the_word()
    {
        // Restore copies a kept match as twelve ints (start, lists, five ends, five slots): a
        // change to WordMatch or to the number of lists must change Restore with it.
        Assert.Equal(5, TermTrie.ListCount);
        Assert.Equal(12 * sizeof(int), Unsafe.SizeOf<WordMatch>());
        var outcome = new WalkOutcome { Lists = 0b10100 };
        for (var list = 0; list < TermTrie.ListCount; list++)
        {
            outcome.Hits.Ends[list] = 3 + list;
            outcome.Hits.Slots[list] = 100 + list;
        }

        var match = default(WordMatch);
        WalkCache.Restore(outcome, 1000, ref match);
        Assert.Equal(1000, match.Start);
        Assert.Equal(0b10100u, match.Lists);
        for (var list = 0; list < TermTrie.ListCount; list++)
        {
            Assert.Equal(1003 + list, match.Hits.Ends[list]);
            Assert.Equal(100 + list, match.Hits.Slots[list]);
        }
    }

    private static string TextOfTerms(int seed, int length)
    {
        string[] terms =
        [
            .. NameCues.CueTerms().Select(cue => cue.Term),
            .. NameCues.ClosingTerms,
            .. DisclosureDetector.AiTerms,
            .. LeftoverScanner.Phrases,
        ];

        // Prefix terms end where the word ends, and a hyphen there looks one character further.
        string[] prefixTerms = ["operatie", "kanker", "ziekmelding", "depressie", "psychiatrie", "geachte", "vriendelijke"];
        var random = new Random(seed);
        var builder = new StringBuilder();
        while (builder.Length < length)
        {
            var term = random.Next(2) == 0 ? terms[random.Next(terms.Length)] : prefixTerms[random.Next(prefixTerms.Length)];
            term = random.Next(4) switch
            {
                0 => term.ToUpperInvariant(),
                1 => term[..random.Next(1, term.Length + 1)],
                _ => term,
            };
            builder.Append(term).Append(Tails[random.Next(Tails.Length)]).Append(' ');
        }

        // The last word runs into the end of the text.
        return builder.Append(terms[random.Next(terms.Length)]).ToString();
    }

    private static void AssertLikeWalksFromTheRoot(string text, int minimumMatches)
    {
        using var words = WordStarts.Of(text);
        using var matches = WordMatches.Of(text, words);
        var expected = new List<(int Start, uint Lists, int[] Ends, string?[] Categories)>();
        var hits = default(TermHits);
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLetter(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                continue;
            }

            var lists = WordLists.Trie.MatchFiltered(text, i, TermTrie.AllLists, ref hits);
            if (lists != 0)
            {
                expected.Add((i, lists, [.. Enumerable.Range(0, TermTrie.ListCount).Select(l => (lists & (1u << l)) != 0 ? hits.Ends[l] : -1)],
                    [.. Enumerable.Range(0, TermTrie.ListCount).Select(l => (lists & (1u << l)) != 0 ? WordLists.Trie.Category(hits.Slots[l]) : null)]));
            }
        }

        Assert.True(expected.Count > minimumMatches, "the text should have many matching words");
        Assert.Equal(expected.Count, matches.Count);
        for (var k = 0; k < expected.Count; k++)
        {
            var match = matches[k];
            Assert.Equal(expected[k].Start, match.Start);
            Assert.Equal(expected[k].Lists, match.Lists);
            for (var list = 0; list < TermTrie.ListCount; list++)
            {
                Assert.Equal(expected[k].Ends[list], match.End((WordList)list, out var category));
                Assert.Equal(expected[k].Categories[list], category);
            }
        }
    }
}
