using System.Runtime.InteropServices;
using TeamsCompanion.DraftCheck.Detection;
using TeamsCompanion.DraftCheck.Disclosure;
using TeamsCompanion.DraftCheck.Normalization;

namespace TeamsCompanion.DraftCheck;

/// <summary>
/// Checks a draft for personal data and for AI-signing problems. Thread-safe and stateless;
/// one instance can serve the whole application. Never throws on content: empty, huge or
/// binary input gives an empty or "too large" result.
/// </summary>
public sealed class DraftChecker
{
    /// <summary>Checks <paramref name="text"/> with <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "An instance API lets hosts register the checker as a service and tests substitute it.")]
    public DraftCheckResult Check(string text, DraftCheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);

        if (text.Length > options.MaxInputLength)
        {
            var notChecked = DisclosureCheck.Decide(false, [], options);
            return new DraftCheckResult([], notChecked, InputTooLarge: true);
        }

        using var normalized = Normalizer.Normalize(text);
        using var words = WordStarts.Of(normalized.Span);
        using var matches = WordMatches.Of(normalized.Span, words);
        using var anchors = new Anchors();
        using var runs = DigitRuns.Of(normalized.Span, anchors);
        var findings = FindPersonalData(normalized, words, matches, runs, anchors, options.MinConfidence);
        var disclosure = DisclosureCheck.Run(normalized, text, matches, anchors, options);
        return new DraftCheckResult(findings, disclosure);
    }

    private static List<Finding> FindPersonalData(NormalizedText normalized, WordStarts words, WordMatches matches, DigitRuns runs, Anchors anchors, double minConfidence)
    {
        var text = normalized.Span;

        // Dense text gives about one and a half candidates per digit run.
        using var candidates = new CandidateSet(runs.Count * 3 / 2);
        RunNeighbourDetectors.Scan(text, runs, candidates);
        EmailDetector.Scan(text, anchors.Markers, candidates);
        Ipv6Detector.Scan(text, anchors.Colons, candidates);
        RunNumberDetectors.Scan(text, runs, candidates);
        AddressDetector.Scan(text, words, runs, candidates);
        NameDetector.Scan(text, words, matches, candidates);
        SpecialCategoryDetector.Scan(matches, candidates);

        candidates.Resolve();
        return ToFindings(normalized, candidates, minConfidence);
    }

    /// <summary>The findings of the kept candidates whose confidence reaches <paramref name="minConfidence"/>.</summary>
    internal static List<Finding> ToFindings(NormalizedText normalized, CandidateSet candidates, double minConfidence)
    {
        var text = normalized.Span;

        // Written in place rather than added one by one: no capacity check or version bump per
        // finding. Only a minimum confidence can leave slots over, trimmed at the end.
        var count = candidates.AcceptedCount;
        var findings = new List<Finding>(count);
        CollectionsMarshal.SetCount(findings, count);
        var slots = CollectionsMarshal.AsSpan(findings);
        var written = 0;
        var masks = default(MaskMemo);
        for (var k = 0; k < count; k++)
        {
            ref readonly var candidate = ref candidates.Accepted(k);
            var confidence = candidate.Confidence;
            if (confidence < minConfidence)
            {
                continue;
            }

            var label = candidate.Label.Info;
            var (start, length) = normalized.ToOriginal(candidate.Start, candidate.End);
            var masked = Masking.Mask(label.Mask, text[candidate.Start..candidate.End], ref masks);
            slots[written++] = new Finding(label, start, length, masked, confidence);
        }

        if (written < count)
        {
            CollectionsMarshal.SetCount(findings, written);
        }

        return findings;
    }
}
