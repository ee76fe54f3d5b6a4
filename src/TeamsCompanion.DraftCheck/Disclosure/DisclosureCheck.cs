using TeamsCompanion.DraftCheck.Detection;
using TeamsCompanion.DraftCheck.Normalization;

namespace TeamsCompanion.DraftCheck.Disclosure;

/// <summary>Combines disclosure presence, leftovers and the author's answers into a verdict.</summary>
internal static class DisclosureCheck
{
    public static DisclosureResult Run(NormalizedText normalized, string original, WordMatches matches, Anchors anchors, DraftCheckOptions options)
    {
        // Most texts name no AI term and hold no chatbot phrase: one pass over the matches'
        // list bits tells, and the searches for either then skip their passes.
        var lists = 0u;
        for (var k = 0; k < matches.Count; k++)
        {
            lists |= matches[k].Lists;
        }

        var present = (lists & (1u << (int)WordList.AiTerm)) != 0 && DisclosureDetector.IsPresent(normalized.Span, matches);
        var leftovers = LeftoverScanner.Scan(normalized, original, (lists & (1u << (int)WordList.Leftover)) != 0 ? matches : null, anchors.Openers);
        return Decide(present, leftovers, options);
    }

    public static DisclosureResult Decide(bool present, IReadOnlyList<Leftover> leftovers, DraftCheckOptions options)
    {
        var verdict = leftovers.Count > 0
            ? DisclosureVerdicts.Leftovers
            : options.Audience == Audience.Citizens && options.AiUsed == AiUsed.Yes && !present
                ? DisclosureVerdicts.MissingDisclosure
                : DisclosureVerdicts.Ok;

        // Suggest the line whenever a citizen might read AI-made text without one; with
        // "unknown" the author can still decide it does not apply.
        var needsLine = !present && options.Audience == Audience.Citizens && options.AiUsed != AiUsed.No;
        return new DisclosureResult(present, leftovers, verdict, needsLine ? Suggestion(options) : null);
    }

    private static string? Suggestion(DraftCheckOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.DisclosureText))
        {
            return null;
        }

        return string.IsNullOrWhiteSpace(options.DisclosureIconNote)
            ? options.DisclosureText
            : options.DisclosureText + " " + options.DisclosureIconNote;
    }
}
