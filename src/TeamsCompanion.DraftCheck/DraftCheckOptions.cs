namespace TeamsCompanion.DraftCheck;

/// <summary>Who will read the draft.</summary>
public enum Audience
{
    /// <summary>Colleagues inside the organisation.</summary>
    Internal,
    /// <summary>Citizens or the public; AI-made text must carry a disclosure.</summary>
    Citizens,
}

/// <summary>What the author says about the use of generative AI for the draft.</summary>
public enum AiUsed
{
    /// <summary>The author did not say.</summary>
    Unknown,
    /// <summary>Generative AI was used.</summary>
    Yes,
    /// <summary>No generative AI was used.</summary>
    No,
}

/// <summary>Settings for one check.</summary>
public sealed record DraftCheckOptions
{
    /// <summary>The default cap on input length, in UTF-16 code units.</summary>
    public const int DefaultMaxInputLength = 2_000_000;

    /// <summary>Who will read the draft.</summary>
    public Audience Audience { get; init; } = Audience.Internal;

    /// <summary>Whether generative AI was used, as the author says.</summary>
    public AiUsed AiUsed { get; init; } = AiUsed.Unknown;

    /// <summary>The organisation's disclosure line (from its policy pack), offered as the suggestion.</summary>
    public string? DisclosureText { get; init; }

    /// <summary>Optional note about the EU AI-content icon, appended to the suggestion.</summary>
    public string? DisclosureIconNote { get; init; }

    /// <summary>Inputs longer than this are not scanned; the result says so.</summary>
    public int MaxInputLength { get; init; } = DefaultMaxInputLength;

    /// <summary>Findings below this confidence are left out. Functional mailboxes sit at 0.3.</summary>
    public double MinConfidence { get; init; }
}
