using System.ComponentModel.DataAnnotations;

namespace TeamsCompanion.Bot.MessageExtension;

/// <summary>The <c>MessageExtension</c> section.</summary>
public sealed class MessageExtensionOptions
{
    public const string Section = "MessageExtension";

    /// <summary>Longer drafts get a clear card instead of a check (Teams gives an invoke 5 seconds).</summary>
    [Range(1000, 2_000_000)]
    public int MaxDraftChars { get; set; } = 200_000;
}
