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
        ScanPostcodes(text, runs, sink);
        StreetPass.Scan(text, words, runs, sink);
    }

    private static void ScanPostcodes(ReadOnlySpan<char> text, DigitRuns runs, CandidateSet sink)
    {
        var skipUntil = 0;
        Span<int> found = stackalloc int[RunFilter.ChunkSize];
        for (var r = 0; r < runs.Count;)
        {
            var count = RunFilter.Postcodes(text, runs, ref r, found);
            for (var k = 0; k < count; k++)
            {
                var d = found[k];
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
                    sink.Add(new Candidate(FindingTypes.Address, null, d, spanEnd, confidence, rule, Priority.Address));
                    skipUntil = spanEnd;
                }
            }
        }
    }
}
