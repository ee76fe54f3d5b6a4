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
    // Up to this many digit runs (a 5 KB draft has a few hundred) the run lists live on the stack:
    // renting and returning two arrays was a fixed cost of every check.
    private const int StackRuns = 256;

    // One long loop per check: run optimised code from the first call (see README).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scan(ReadOnlySpan<char> text, WordStarts words, DigitRuns runs, CandidateSet sink)
    {
        var count = runs.Count;
        int[]? rented = null;
        Span<int> buffer = count <= StackRuns ? stackalloc int[2 * StackRuns] : (rented = ArrayPool<int>.Shared.Rent(2 * count));
        try
        {
            var postcodes = buffer[..count];
            var numbers = buffer.Slice(count, count);
            var (postcodeCount, numberCount) = RunFilter.Split(text, runs, postcodes, numbers);
            ScanPostcodes(text, postcodes[..postcodeCount], sink);
            StreetPass.Scan(text, words, numbers[..numberCount], sink);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The labels of address rules, shared with <see cref="StreetPass"/>.</summary>
    internal static readonly LabelFamily Labels = new(static rule => Label.Finding(FindingTypes.Address, null, rule!, Priority.Address));

    private static void ScanPostcodes(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, CandidateSet sink)
    {
        var skipUntil = 0;
        foreach (var d in starts)
        {
            // The run filter has checked the letters after the digits.
            if (d < skipUntil || !TextScan.IsBoundaryBefore(text, d))
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
