using System.Runtime.CompilerServices;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Postal addresses: a street name and house number, a postcode with city, or a postcode with
/// house number. Street names are recognised by their Dutch suffix (-straat, -laan, …) or by
/// an address cue ("woont aan", "adres:") just before them.
/// </summary>
internal static class AddressDetector
{
    // A street needs a house number within a few words; most capitalised words have none.
    private static bool HasDigitAhead(ReadOnlySpan<char> text, int start) =>
        text.Slice(start, Math.Min(64, text.Length - start)).IndexOfAnyInRange('1', '9') >= 0;

    private static readonly System.Buffers.SearchValues<char> WordsAndSpaces =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ '-");

    /// <summary>
    /// Both street rules reach the house number through words and single spaces only, so the
    /// first other character must be its first digit. A vectorised search finds that character;
    /// one outside ASCII (a letter such as é) leaves the decision to the rules.
    /// </summary>
    private static bool NumberAfterWords(ReadOnlySpan<char> text, int start)
    {
        var other = text[start..].IndexOfAnyExcept(WordsAndSpaces);
        return other >= 0 && text[start + other] is (>= '1' and <= '9') or >= (char)0x80;
    }

    // One long loop per check: run optimised code from the first call (see README).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scan(ReadOnlySpan<char> text, WordStarts words, DigitRuns runs, CandidateSet sink)
    {
        ScanPostcodes(text, runs, sink);
        var skipUntil = 0;
        // A street name starts with a capital: only notable words can start one.
        for (var w = 0; w < words.NotableCount; w++)
        {
            var i = words.Notable(w);
            if (i < skipUntil || !char.IsUpper(text[i]) || !NumberAfterWords(text, i) || !HasDigitAhead(text, i))
            {
                continue;
            }

            var wordEnd = TextScan.WordEnd(text, i);
            var end = StreetRules.TryReadStreetAndNumber(text, i, wordEnd, out var streetStart, out var rule);
            if (end < 0 && (end = StreetRules.TryReadBlockLine(text, i)) > 0)
            {
                streetStart = i;
                rule = "address.block-line";
            }

            if (end > 0)
            {
                sink.Add(new Candidate(FindingTypes.Address, null, streetStart, end, rule is "address.street-suffix" or "address.block-line" ? 0.9 : 0.8, rule, Priority.Address));
                skipUntil = end;
            }
        }
    }

    private static void ScanPostcodes(ReadOnlySpan<char> text, DigitRuns runs, CandidateSet sink)
    {
        var skipUntil = 0;
        for (var r = 0; r < runs.Count; r++)
        {
            var d = runs[r];
            if (d < skipUntil)
            {
                continue;
            }

            if (text[d] == '0' || !TextScan.IsBoundaryBefore(text, d))
            {
                continue;
            }

            var end = PostcodeRules.TryRead(text, d);
            if (end < 0)
            {
                continue;
            }

            var (spanEnd, rule, confidence) = PostcodeRules.Extend(text, end);
            if (spanEnd > 0)
            {
                sink.Add(new Candidate(FindingTypes.Address, null, d, spanEnd, confidence, rule, Priority.Address));
                skipUntil = spanEnd;
            }
        }
    }
}
