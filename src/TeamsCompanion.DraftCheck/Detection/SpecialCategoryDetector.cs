using System.Runtime.CompilerServices;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// GDPR art. 9/10 data by term lists (Data/special-categories.txt, matched in
/// <see cref="WordMatches"/>). A term says the text may be about someone's health, belief,
/// origin and so on; it does not prove it, so the confidence is moderate and the subtype
/// names the category.
/// </summary>
internal static class SpecialCategoryDetector
{
    private static string RuleFor(string? category) => category switch
    {
        "health" => "special-category.health",
        "religion" => "special-category.religion",
        "ethnicity" => "special-category.ethnicity",
        "political-opinion" => "special-category.political-opinion",
        "union-membership" => "special-category.union-membership",
        "sexual-orientation" => "special-category.sexual-orientation",
        "criminal-record" => "special-category.criminal-record",
        _ => "special-category." + category,
    };

    private static readonly LabelFamily Categories =
        new(static category => Label.Finding(FindingTypes.SpecialCategory, category, RuleFor(category), Priority.SpecialCategory));

    // One long loop per check: run optimised code from the first call (see README).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scan(WordMatches matches, CandidateSet sink)
    {
        var skipUntil = 0;
        for (var k = 0; k < matches.Count; k++)
        {
            ref readonly var match = ref matches[k];
            var i = match.Start;
            if (i < skipUntil)
            {
                continue;
            }

            var end = match.End(WordList.SpecialCategory, out var category);
            if (end > i)
            {
                sink.Add(new Candidate(Categories.Of(category), i, end, 0.7));
                skipUntil = end;
            }
        }
    }
}
