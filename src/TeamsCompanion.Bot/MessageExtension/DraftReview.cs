using System.Text;
using TeamsCompanion.DraftCheck;
using TeamsCompanion.Guidance.Packs;

namespace TeamsCompanion.Bot.MessageExtension;

/// <summary>One finding as a person sees it: what, masked, and a short excerpt with every value masked.</summary>
public sealed record ReviewedFinding(string Name, string Masked, string Excerpt);

/// <summary>
/// The check of one draft and the fixes on offer. Lives for one request: the draft is never stored.
/// <see cref="Shown"/> holds the first findings with excerpts; <see cref="CountsByType"/> counts them all.
/// The fixed texts are null when they would be too long to insert into a Teams message.
/// </summary>
public sealed record DraftReview(
    IReadOnlyList<ReviewedFinding> Shown,
    int FindingCount,
    IReadOnlyList<(string Name, int Count)> CountsByType,
    string Verdict,
    IReadOnlyList<string> Leftovers,
    string? Disclosure,
    string? Redacted,
    string? WithDisclosure)
{
    private const int ExcerptContext = 28;

    /// <summary>A card shows at most this many findings in detail; a phone screen holds no more.</summary>
    public const int MaxShown = 8;

    /// <summary>
    /// Longer fixed texts are not offered for inserting: a Teams message holds about 28 KB, and the card
    /// carrying the texts must stay under that too.
    /// </summary>
    public const int MaxInsertChars = 10_000;

    public bool IsClean => FindingCount == 0 && Verdict == DisclosureVerdicts.Ok;

    /// <summary>The draft had fixes, but they are too long to insert here.</summary>
    public bool TooLongToInsert { get; init; }

    public static DraftReview Of(string draft, DraftCheckResult result, Language language)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(result);
        var english = language == Language.En;
        var personal = result.Findings.Where(f => f.IsPersonal).ToList();
        var shown = personal
            .Take(MaxShown)
            .Select(f => new ReviewedFinding(FindingNames.Name(f.Type, english), f.Masked, Excerpt(draft, f, result.Findings)))
            .ToList();
        var counts = personal.GroupBy(f => f.Type).Select(g => (FindingNames.Name(g.Key, english), g.Count())).OrderByDescending(c => c.Item2).ToList();
        var disclosure = result.Disclosure.Verdict == DisclosureVerdicts.MissingDisclosure ? result.Disclosure.Suggestion : null;
        var hasFix = personal.Count > 0 || disclosure is not null;
        var tooLong = hasFix && draft.Length > MaxInsertChars;
        var redacted = personal.Count > 0 && !tooLong ? AddDisclosure(Redactor.Redact(draft, personal), disclosure) : null;
        var withDisclosure = disclosure is null || tooLong ? null : AddDisclosure(draft, disclosure);
        return new DraftReview(shown, personal.Count, counts, result.Disclosure.Verdict, result.Disclosure.Leftovers.Select(l => l.Text).Distinct().Take(5).ToList(), disclosure, redacted, withDisclosure)
        {
            TooLongToInsert = tooLong,
        };
    }

    // Excerpts begin and end on whole words where a word break is near.
    private static int WordStart(string text, int index)
    {
        for (var i = index; i > 0 && i > index - 12; i--)
        {
            if (char.IsWhiteSpace(text[i - 1]))
            {
                return i;
            }
        }

        return index;
    }

    private static int WordEnd(string text, int index)
    {
        for (var i = index; i < text.Length && i < index + 12; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return index;
    }

    private static string AddDisclosure(string text, string? disclosure) =>
        disclosure is null ? text : text.TrimEnd() + "\n\n" + disclosure;

    // Every finding in the window is masked, not only the one the excerpt is about.
    private static string Excerpt(string draft, Finding finding, IReadOnlyList<Finding> all)
    {
        var start = WordStart(draft, Math.Max(0, finding.Start - ExcerptContext));
        var end = WordEnd(draft, Math.Min(draft.Length, finding.End + ExcerptContext));
        var excerpt = new StringBuilder();
        var position = start;
        foreach (var other in all.Where(o => o.End > start && o.Start < end).OrderBy(o => o.Start))
        {
            // A finding cut by the window's edge, or overlapping the previous one, is masked whole too.
            if (other.End <= position)
            {
                continue;
            }

            excerpt.Append(draft, position, Math.Max(0, other.Start - position)).Append(other.Masked);
            position = other.End;
        }

        if (position < end)
        {
            excerpt.Append(draft, position, end - position);
        }

        var oneLine = string.Join(' ', excerpt.ToString().Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return (start > 0 ? "…" : string.Empty) + oneLine + (end < draft.Length ? "…" : string.Empty);
    }
}
