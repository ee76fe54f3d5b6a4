namespace TeamsCompanion.DraftCheck;

/// <summary>The outcome of one check.</summary>
/// <param name="Findings">Personal data found, ordered by start offset, never overlapping.</param>
/// <param name="Disclosure">The AI-signing check.</param>
/// <param name="InputTooLarge">True when the input exceeded the cap and was not scanned.</param>
public sealed record DraftCheckResult(
    IReadOnlyList<Finding> Findings,
    DisclosureResult Disclosure,
    bool InputTooLarge = false);

/// <summary>Verdict ids of the AI-signing check.</summary>
public static class DisclosureVerdicts
{
    /// <summary>Nothing to fix.</summary>
    public const string Ok = "ok";
    /// <summary>AI was used for a citizen-facing text and no disclosure is present.</summary>
    public const string MissingDisclosure = "missing-disclosure";
    /// <summary>The text still contains unedited AI output or template placeholders.</summary>
    public const string Leftovers = "leftovers";
}

/// <summary>A piece of unedited AI output or a template placeholder.</summary>
/// <param name="Text">The leftover as it appears in the original input.</param>
/// <param name="Start">UTF-16 offset in the original input.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
public sealed record Leftover(string Text, int Start, int Length);

/// <summary>The AI-signing check.</summary>
/// <param name="Present">Whether the text contains a disclosure statement.</param>
/// <param name="Leftovers">Leftovers of unedited AI output.</param>
/// <param name="Verdict">One of <see cref="DisclosureVerdicts"/>.</param>
/// <param name="Suggestion">The disclosure line to add, or null when none is needed or none was configured.</param>
public sealed record DisclosureResult(
    bool Present,
    IReadOnlyList<Leftover> Leftovers,
    string Verdict,
    string? Suggestion);
