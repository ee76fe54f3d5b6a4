using Microsoft.Extensions.Options;
using TeamsCompanion.Bot.Policy;
using TeamsCompanion.Bot.Storage;
using TeamsCompanion.DraftCheck;
using TeamsCompanion.Guidance.Packs;

namespace TeamsCompanion.Bot.MessageExtension;

/// <summary>Runs the engine with the organisation's disclosure wording and counts the outcome (counts only).</summary>
public sealed class DraftChecking(DraftChecker checker, PolicyPackProvider packs, UsageCounters counters, IOptions<MessageExtensionOptions> options)
{
    // The check is pure CPU work. With more checks running than cores, they only take turns on the
    // cores while each holds its large buffers; queueing them keeps memory and the GC calm.
    private static readonly SemaphoreSlim Slots = new(Environment.ProcessorCount, Environment.ProcessorCount);

    public int MaxDraftChars => options.Value.MaxDraftChars;

    /// <summary>The review, or null when the checks are so busy that waiting would outlast Teams' 5 seconds.</summary>
    public async Task<DraftReview?> ReviewAsync(string draft, Audience audience, AiUsed aiUsed, Language language, CancellationToken cancellationToken)
    {
        var pack = packs.Pack;
        DraftCheckResult result;
        if (!await Slots.WaitAsync(TimeSpan.FromSeconds(3), cancellationToken))
        {
            return null;
        }

        try
        {
            result = checker.Check(draft, new DraftCheckOptions
            {
                Audience = audience,
                AiUsed = aiUsed,
                DisclosureText = pack.Disclosure.Text.For(language),
                MaxInputLength = options.Value.MaxDraftChars,
            });
        }
        finally
        {
            Slots.Release();
        }

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
        return DraftReview.Of(draft, result, language, disclosureNeeded: audience == Audience.Citizens && aiUsed == AiUsed.Yes);
    }
}
