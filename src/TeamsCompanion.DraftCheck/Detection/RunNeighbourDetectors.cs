using System.Runtime.CompilerServices;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// VAT numbers, IBANs, IPv4 addresses and licence plates reject nearly every digit run by the
/// characters just before and after it (a country code, a dot after a short run, a letter or
/// dash joined to it). One loop over the runs reads those once for all four: a loop of their
/// own per detector read every run start, end and neighbour again, and that loop was most of
/// what each of them cost.
/// </summary>
internal static class RunNeighbourDetectors
{
    // One long loop per check: run optimised code from the first call (see README).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scan(ReadOnlySpan<char> text, DigitRuns runs, CandidateSet sink)
    {
        Span<char> vat = stackalloc char[VatDetector.Length];
        Span<char> iban = stackalloc char[IbanDetector.MaxIbanLength];
        var vatUntil = 0;
        var ibanUntil = 0;
        var ipUntil = 0;
        var plateUntil = 0;
        var starts = runs.Starts;
        var ends = runs.Ends[..starts.Length];
        for (var r = 0; r < starts.Length; r++)
        {
            var d = starts[r];
            var runEnd = ends[r];

            // A space stands in for the text's edges: it joins no run to anything, as the edge.
            var before = (uint)(d - 1) < (uint)text.Length ? text[d - 1] : ' ';
            var after = (uint)runEnd < (uint)text.Length ? text[runEnd] : ' ';

            // The four detectors' candidates never tie in ranking (their priorities differ), so
            // adding them interleaved instead of one detector after another gives the same findings.
            if (char.IsAsciiLetter(before))
            {
                if (d >= vatUntil)
                {
                    VatDetector.TryAt(text, d - 2, vat, sink, ref vatUntil);
                }

                if (d >= ibanUntil)
                {
                    IbanDetector.TryAt(text, d, iban, sink, ref ibanUntil);
                }
            }
            else if (before is ' ' or '.' or '-' && d >= 3 && d >= vatUntil)
            {
                VatDetector.TryAt(text, d - 3, vat, sink, ref vatUntil);
            }

            var length = runEnd - d;
            if (after == '.' && length <= 3 && d >= ipUntil)
            {
                IpAddressDetector.TryAt(text, d, sink, ref ipUntil);
            }

            if (length <= 4 && d >= plateUntil)
            {
                // The edges stand in as spaces, which are no token characters, as the edge.
                var tokenBefore = LicensePlateDetector.IsTokenChar(before);
                var tokenAfter = LicensePlateDetector.IsTokenChar(after);
                if (tokenBefore || tokenAfter)
                {
                    LicensePlateDetector.TryAt(text, starts, ends, r, tokenBefore, tokenAfter, sink, ref plateUntil);
                }
            }
        }
    }
}
