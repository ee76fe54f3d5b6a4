using Microsoft.Extensions.Options;
using TeamsCompanion.Bot.Policy;
using TeamsCompanion.Bot.Storage;
using TeamsCompanion.DraftCheck;
using TeamsCompanion.Guidance.Packs;

namespace TeamsCompanion.Bot.MessageExtension;

/// <summary>Runs the engine with the organisation's disclosure wording and counts the outcome (counts only).</summary>
public sealed class DraftChecking(DraftChecker checker, PolicyPackProvider packs, UsageCounters counters, IOptions<MessageExtensionOptions> options)
{
    public int MaxDraftChars => options.Value.MaxDraftChars;

    public DraftReview Review(string draft, Audience audience, AiUsed aiUsed, Language language)
    {
        var pack = packs.Pack;
        var result = checker.Check(draft, new DraftCheckOptions
        {
            Audience = audience,
            AiUsed = aiUsed,
            DisclosureText = pack.Disclosure.Text.For(language),
            MaxInputLength = options.Value.MaxDraftChars,
        });

        var increments = new Dictionary<string, long> { ["checks"] = 1 };
        foreach (var group in result.Findings.Where(f => f.IsPersonal).GroupBy(f => f.Type))
        {
            increments[$"findings.{group.Key}"] = group.Count();
        }

        if (result.Disclosure.Verdict != DisclosureVerdicts.Ok)
        {
            increments[$"disclosure.{result.Disclosure.Verdict}"] = 1;
        }

        counters.Add(increments);
        return DraftReview.Of(draft, result, language);
    }
}
