using System.Text.Json.Serialization;

namespace TeamsCompanion.Bot.Cards;

/// <summary>
/// An Adaptive Card (schema 1.5) as typed objects, serialised with the protocol's camelCase JSON.
/// Only what our cards use is modelled; the schema test keeps it honest.
/// </summary>
public sealed class AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    [JsonPropertyName("$schema")]
    public string Schema => "http://adaptivecards.io/schemas/adaptive-card.json";

    public string Type => "AdaptiveCard";

    public string Version => "1.5";

    /// <summary>Plain text for clients that cannot show the card (and for notifications and screen readers).</summary>
    public required string FallbackText { get; init; }

    public string? Speak { get; init; }

    public List<CardElement> Body { get; init; } = [];

    public List<CardAction>? Actions { get; init; }

    [JsonPropertyName("msteams")]
    public TeamsCardProperties? MsTeams { get; init; } = new();
}

/// <summary>Teams-only card settings: full width reads better on a phone and in narrow chat panes.</summary>
public sealed class TeamsCardProperties
{
    public string Width => "Full";
}
