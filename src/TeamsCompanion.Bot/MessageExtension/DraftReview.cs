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
    public const int MaxInsertChars = 6_000;

    public bool IsClean => FindingCount == 0 && Leftovers.Count == 0 && Disclosure is null;

    /// <summary>The draft had fixes, but they are too long to insert here.</summary>
    public bool TooLongToInsert { get; init; }

    /// <param name="disclosureNeeded">The text goes to citizens and AI helped make it: it must say so.</param>
    public static DraftReview Of(string draft, DraftCheckResult result, Language language, bool disclosureNeeded)
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
        // Leftovers and a missing disclosure are separate problems: a placeholder left in must not hide the other.
        var disclosure = disclosureNeeded && !result.Disclosure.Present ? result.Disclosure.Suggestion : null;
        var hasFix = personal.Count > 0 || disclosure is not null;
        var tooLong = hasFix && draft.Length > MaxInsertChars;
        var redacted = personal.Count > 0 && !tooLong ? AddDisclosure(Redactor.Redact(draft, personal), disclosure) : null;

        // With personal data present, the only fix on offer is the redacted text (with the disclosure).
        var withDisclosure = disclosure is null || tooLong || personal.Count > 0 ? null : AddDisclosure(draft, disclosure);

        // A leftover such as "[uw BSN 111222333]" can hold personal data itself: shown masked, like excerpts.
        var leftovers = result.Disclosure.Leftovers
            .Select(l => MaskRange(draft, l.Start, l.Start + l.Length, result.Findings))
            .Distinct()
            .Take(5)
            .ToList();
        return new DraftReview(shown, personal.Count, counts, result.Disclosure.Verdict, leftovers, disclosure, redacted, withDisclosure)
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
        var oneLine = MaskRange(draft, start, end, all);
        return (start > 0 ? "…" : string.Empty) + oneLine + (end < draft.Length ? "…" : string.Empty);
    }

    // The text of [start, end) on one line, with every finding that touches it replaced by its masked value.
    private static string MaskRange(string draft, int start, int end, IReadOnlyList<Finding> all)
    {
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

        return string.Join(' ', excerpt.ToString().Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
    }
}
