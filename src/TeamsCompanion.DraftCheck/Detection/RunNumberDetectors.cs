using System.Runtime.CompilerServices;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Dates, number groups and document numbers in one loop over the digit runs: each rejects
/// nearly every run by its length and the character before it, and a loop of their own per
/// detector read every run's start, end and that character again (see
/// <see cref="RunNeighbourDetectors"/>). Each detector keeps its own skip state.
/// </summary>
internal static class RunNumberDetectors
{
    // One long loop per check: run optimised code from the first call (see README).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scan(ReadOnlySpan<char> text, DigitRuns runs, CandidateSet sink)
    {
        var dateUntil = 0;
        var documentUntil = 0;
        var documentSearchedUpTo = 0;
        // The keyword windows before the number group being evaluated; valid for this text only.
        var context = default(ContextBefore);
        Span<char> digits = stackalloc char[NumberGroupDetector.DigitsLength];
        // Built from the VAT and IBAN candidates, so RunNeighbourDetectors must have run; no
        // detector here adds one, nor reads the candidates of another.
        using var winning = WinningSpans.Of(sink);
        var starts = runs.Starts;
        var ends = runs.Ends[..starts.Length];
        for (var r = 0; r < starts.Length; r++)
        {
            var d = starts[r];

            // A space stands in for the text's start: it joins the run to nothing, as the edge.
            var before = d > 0 ? text[d - 1] : ' ';

            // The three detectors' candidates never tie in ranking (dates, amounts and
            // driving licences differ in priority or confidence from each other and from document
            // numbers), so adding them interleaved gives the same findings as one detector after another.
            if (char.IsAsciiLetter(before))
            {
                // A letter glued to the digits rules out a date and a number group, and is the
                // only way a document number holds them.
                if (DocumentNumberDetector.MayStart(d, before, documentUntil))
                {
                    DocumentNumberDetector.TryAt(text, d, sink, ref documentSearchedUpTo, ref documentUntil);
                }

                continue;
            }

            var runEnd = ends[r];
            if (DateDetector.MayStart(text, starts, ends, r, d, runEnd, before, dateUntil))
            {
                DateDetector.TryAt(text, d, sink, ref dateUntil);
            }

            if (NumberGroupDetector.MayStart(text, starts, ends, r, d, before, out var hasPlus) && !winning.Covers(d))
            {
                NumberGroupDetector.EvaluateFrom(text, runs, r, hasPlus, digits, sink, ref context);
            }
        }
    }
}
