using TeamsCompanion.DraftCheck.Detection;

namespace TeamsCompanion.DraftCheck.Tests.Detectors;

public class ContextKeywordTests
{
    private static readonly KeywordSet[] Sets =
    [
        Keywords.Bsn, Keywords.Phone, Keywords.CaseNumber, Keywords.KvK, Keywords.DrivingLicence,
        Keywords.CreditCard, new(["€", "eur", "ƒ", "$", "£"]),

        // As the number and date rules use them: keywords that start with punctuation or a
        // space, or hold a full stop.
        new([",-", ",00", " euro", " eur"]), new(["geb", "birth", "born", "dob", "d.o.b"]),
    ];

    [Fact]
    public void No_other_character_equals_an_ascii_one_ignoring_case()
    {
        // ContextBefore folds every non-ASCII character to one byte that no ASCII keyword has.
        Span<char> other = stackalloc char[1];
        Span<char> ascii = stackalloc char[1];
        for (var c = 0x80; c <= char.MaxValue; c++)
        {
            other[0] = (char)c;
            for (var a = 0; a < 0x80; a++)
            {
                ascii[0] = (char)a;
                Assert.False(other.Equals(ascii, StringComparison.OrdinalIgnoreCase), $"U+{c:X4} equals U+{a:X4}");
            }
        }
    }

    [Fact]
    public void Folded_search_answers_as_the_keyword_search()
    {
        var random = new Random(31);
        const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPRSTUVWXYZ0123456789 .,-'$€£ƒƑıİſKéÉ\n\u00a0";
        var words = Sets.SelectMany(set => set.Words).ToArray();
        for (var round = 0; round < 3000; round++)
        {
            var text = new System.Text.StringBuilder();
            var length = random.Next(0, 160);
            while (text.Length < length)
            {
                if (random.Next(4) == 0)
                {
                    var word = words[random.Next(words.Length)];
                    text.Append(random.Next(2) == 0 ? word : word.ToUpperInvariant());
                }
                else
                {
                    text.Append(Alphabet[random.Next(Alphabet.Length)]);
                }
            }

            var chars = text.ToString();
            var before = default(ContextBefore);
            for (var position = 0; position <= chars.Length; position += 1 + random.Next(3))
            {
                foreach (var set in Sets)
                {
                    var window = random.Next(1, ContextBefore.Size + 8);
                    Assert.Equal(
                        TextScan.HasBefore(chars, position, window, set),
                        before.HasBefore(chars, position, window, new FoldedKeywords(set)));
                }
            }
        }
    }
}
