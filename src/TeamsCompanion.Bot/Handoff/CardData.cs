using System.Globalization;
using System.Text.Json;

namespace TeamsCompanion.Bot.Handoff;

/// <summary>Reads the values a card button sent back; anything missing or of the wrong kind is null.</summary>
public readonly record struct CardData(JsonElement Data)
{
    public string? Value(string name) =>
        Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>A trimmed text input; null when empty.</summary>
    public string? Text(string name) => Value(name)?.Trim() is { Length: > 0 } text ? text : null;

    public bool Flag(string name) =>
        Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty(name, out var value)
        && (value.ValueKind == JsonValueKind.True || (value.ValueKind == JsonValueKind.String && value.GetString() == "true"));

    public long? Number(string name)
    {
        if (Data.ValueKind != JsonValueKind.Object || !Data.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var number) => number,
            JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
    }

    /// <summary>The card's one-time key; a fresh one when the card sent none.</summary>
    public string RequestKey() => Value("requestKey") is { Length: > 0 and <= 64 } key ? key : Guid.NewGuid().ToString("N");
}
