using TeamsCompanion.DraftCheck.Detection;

namespace TeamsCompanion.DraftCheck.Tests.Detectors;

/// <summary>
/// The name scanner skips the bare-name rules at capitals the start filter rules out; here a
/// capital it rules out must never start a bare name, on random texts of listed names,
/// tussenvoegsels, stop words, places, initials, acronyms and other words.
/// </summary>
public class NameStartFilterTests
{
    private static readonly string[] Others =
    [
        "Kerkstraat", "Team", "Inkomen", "Participatiewet", "BSN", "IBAN", "NL91", "KvK", "Awb", "U", "Op", "In", "Van", "De",
        "bent", "vragen", "artikel", "en", "heer", "J.", "M.", "J.P.", "A.-M.", "O'Brien", "d'Ancona", "Jean-Pierre",
        "Öztürk", "Çelik", "É.", "Ångström", "Mei-Ling", "X", "Ab", "ABC", "Lodewijk", "van't", "'t", "mac", "Mac", "Vd",
    ];

    private static readonly string[] Separators = [" ", " ", " ", "  ", ". ", ", ", "\n", "-", "'", ".", "(", "12 ", ": ", "\u2019", " - "];

    [Fact]
    public void Rules_out_a_word_that_only_starts_like_a_first_name()
    {
        // "Ken" starts "Kenneth": the first three letters alone passed "Kenteken" on to the full rules.
        const string text = "binnen acht weken. Kenteken van de\nauto: 54-TKL-3. Kenneth Jansen belt.";
        Assert.Equal(!CharBlocks.IsAccelerated, NameWords.StartFilter.MayStart(text, text.IndexOf("Kenteken", StringComparison.Ordinal)));
        Assert.True(NameWords.StartFilter.MayStart(text, text.IndexOf("Kenneth", StringComparison.Ordinal)));
    }

    [Fact]
    public void Rules_out_no_capital_that_starts_a_bare_name()
    {
        string[][] lists =
        [
            [.. Lexicon.ReadLines("first-names.txt")], [.. Lexicon.ReadLines("surnames.txt")], [.. Lexicon.ReadLines("name-stopwords.txt")],
            [.. Lexicon.ReadLines("places.txt")], NameCues.JoinerWords, Others,
        ];
        var random = new Random(17);
        var ruledOut = 0;
        for (var round = 0; round < 20000; round++)
        {
            var text = new System.Text.StringBuilder();
            var length = random.Next(0, 60);
            while (text.Length < length)
            {
                var list = lists[random.Next(lists.Length)];
                var word = list[random.Next(list.Length)];
                text.Append(random.Next(4) switch
                {
                    0 => word.ToUpperInvariant(),
                    1 => word.ToLowerInvariant(),
                    _ => char.ToUpperInvariant(word[0]) + word[1..],
                });
                text.Append(Separators[random.Next(Separators.Length)]);
            }

            var s = text.ToString();
            for (var i = 0; i < s.Length; i++)
            {
                if (!char.IsUpper(s[i]) || NameWords.StartFilter.MayStart(s, i))
                {
                    continue;
                }

                ruledOut++;
                using var sink = new CandidateSet();
                Assert.True(NameDetector.TryBare(s, i, sink) < 0 && sink.Count == 0, $"ruled out at {i}: \"{s}\"");
            }
        }

        // Without vector instructions the filter passes every capital on to the full rules
        // (CI runs these tests that way too); with them it must rule out many, or this test
        // would check nothing.
        if (CharBlocks.IsAccelerated)
        {
            Assert.True(ruledOut > 10000, $"only {ruledOut} capitals ruled out");
        }
        else
        {
            Assert.Equal(0, ruledOut);
        }
    }
}
