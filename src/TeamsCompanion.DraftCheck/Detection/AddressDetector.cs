using System.Buffers;
using System.Runtime.CompilerServices;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Postal addresses: a street name and house number, a postcode with city, or a postcode with
/// house number. Street names are recognised by their Dutch suffix (-straat, -laan, …) or by
/// an address cue ("woont aan", "adres:") just before them.
/// </summary>
internal static class AddressDetector
{
    // One long loop per check: run optimised code from the first call (see README).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scan(ReadOnlySpan<char> text, WordStarts words, DigitRuns runs, CandidateSet sink)
    {
        var postcodes = ArrayPool<int>.Shared.Rent(runs.Count + 1);
        var numbers = ArrayPool<int>.Shared.Rent(runs.Count + 1);
        try
        {
            var (postcodeCount, numberCount) = RunFilter.Split(text, runs, postcodes, numbers);
            ScanPostcodes(text, postcodes.AsSpan(0, postcodeCount), sink);
            StreetPass.Scan(text, words, numbers.AsSpan(0, numberCount), sink);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(postcodes);
            ArrayPool<int>.Shared.Return(numbers);
        }
    }

    /// <summary>The labels of address rules, shared with <see cref="StreetPass"/>.</summary>
    internal static readonly LabelFamily Labels = new(static rule => Label.Finding(FindingTypes.Address, null, rule!, Priority.Address));

    /// <summary>
    /// True when an upper-case ASCII letter follows the four digits at <paramref name="d"/>, at
    /// once or after a space, as <see cref="PostcodeRules.TryRead"/> requires. The caller
    /// guarantees six characters at <paramref name="d"/>.
    /// </summary>
    private static bool HasLettersAfter(ReadOnlySpan<char> text, int d)
    {
        var next = text[d + 4];
        return char.IsAsciiLetterUpper(next) || (next == ' ' && char.IsAsciiLetterUpper(text[d + 5]));
    }

    private static void ScanPostcodes(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, CandidateSet sink)
    {
        var skipUntil = 0;
        foreach (var d in starts)
        {
            // Most four-digit runs are years and amounts, without the letters a postcode needs.
            if (d < skipUntil || !HasLettersAfter(text, d) || !TextScan.IsBoundaryBefore(text, d))
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
                sink.Add(new Candidate(Labels.Of(rule), d, spanEnd, confidence));
                skipUntil = spanEnd;
            }
        }
    }
}
