namespace TeamsCompanion.Bot.Policy;

/// <summary>The <c>Policy</c> section.</summary>
public sealed class PolicyOptions
{
    public const string Section = "Policy";

    /// <summary>The policy pack folder. Empty: the default pack shipped with the app.</summary>
    public string? Path { get; set; }

    /// <summary>Load the pack again when its files change.</summary>
    public bool WatchForChanges { get; set; } = true;

    public static string ShippedDefaultPack => TeamsCompanion.Guidance.Packs.PolicyPackLoader.ShippedPackFolder;
}
