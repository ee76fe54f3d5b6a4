using TeamsCompanion.DraftCheck.Detection;

namespace TeamsCompanion.DraftCheck.Tests.Detectors;

/// <summary>
/// The word-start and digit-run passes read the text in blocks of 32 or 16 characters where the
/// processor allows it (and write their buffers without bounds checks), else one by one. Each
/// must give what a plain character-by-character reading gives, at every block boundary and at
/// the densest text possible. CI runs these tests in all three modes (see scripts/test.sh).
/// </summary>
public class TextPassTests
{
    private static readonly string[] Pieces =
    [
        "a", "B", "z", "Q", "1", "0", "42", " ", " ", "\n", "@", "-", ".", "'", "é", "É", "ß", "€", "\u0663",
        "van ", "de ", "Geachte ", "mevrouw ", "Met vriendelijke groet", "AI", "BSN ", "operatie", "2025-004512",
    ];

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 8)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_texts_give_the_word_starts_and_digit_runs_of_a_plain_reading(int seed)
    {
        foreach (var text in PieceTexts.Random(Pieces, seed))
        {
            AssertLikePlainReading(text);
        }
    }

    [Theory]
    [InlineData("a ")]
    [InlineData("A\n")]
    [InlineData("a@")]
    [InlineData("1 ")]
    [InlineData("é ")]
    public void The_densest_texts_fill_the_buffers_exactly(string unit)
    {
        // A word start or digit run on every second character is the most the rented buffers
        // are sized for; odd lengths end on one more.
        foreach (var text in PieceTexts.Repeated(unit))
        {
            AssertLikePlainReading(text);
            AssertLikePlainReading(text + unit[0]);
        }
    }

    private static void AssertLikePlainReading(string text)
    {
        var filter = WordLists.Trie.Filter;
        var notable = new List<int>();
        var passed = new List<ulong>();
        var starts = new List<int>();
        var ends = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsLetter(c) && (i == 0 || !IsWordChar(text[i - 1])))
            {
                if (i == 0 || char.IsUpper(c) || text[i - 1] is '\n' or '@')
                {
                    notable.Add(i);
                }

                var key = i + 2 < text.Length ? filter.Key(c, text[i + 1], text[i + 2]) : filter.MayMatch(text, i);
                if ((key & TermTrie.AllLists) != 0)
                {
                    passed.Add(((ulong)key << 32) | (uint)i);
                }
            }

            if (char.IsAsciiDigit(c) && (i == 0 || !char.IsAsciiDigit(text[i - 1])))
            {
                starts.Add(i);
            }

            if (char.IsAsciiDigit(c) && (i + 1 == text.Length || !char.IsAsciiDigit(text[i + 1])))
            {
                ends.Add(i + 1);
            }
        }

        using var words = WordStarts.Of(text);
        using var runs = DigitRuns.Of(text);
        Assert.Equal(notable, words.NotableStarts.ToArray());
        Assert.Equal(passed, words.Passed.ToArray());
        Assert.Equal(starts, runs.Starts.ToArray());
        Assert.Equal(ends, Enumerable.Range(0, runs.Count).Select(runs.End));
    }

    private static bool IsLetter(char c) => char.IsAsciiLetter(c) || (c >= 0x80 && char.IsLetter(c));

    private static bool IsWordChar(char c) => IsLetter(c) || char.IsAsciiDigit(c) || (c >= 0x80 && char.IsDigit(c));
}
