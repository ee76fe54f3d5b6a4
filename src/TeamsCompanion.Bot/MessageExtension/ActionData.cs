using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsCompanion.Bot.MessageExtension;

/// <summary>
/// The dialog's form fields of a submitAction. Read straight from the request instead of kept as a
/// JsonElement: a JsonElement property is a copy of its JSON, and the draft in it can be 200,000 characters.
/// </summary>
[JsonConverter(typeof(ActionDataConverter))]
public sealed class ActionData
{
    public string? Step { get; set; }

    public string? Draft { get; set; }

    public string? Audience { get; set; }

    /// <summary>"true" or "false"; Teams sends the toggle as a string, a JSON boolean reads the same.</summary>
    public string? AiUsed { get; set; }

    /// <summary>The fixed text to insert (step "insert").</summary>
    public string? Text { get; set; }

    /// <summary>The other fields of forms that are not the check (the hand-over dialog): text and yes/no values only.</summary>
    public Dictionary<string, string> Other { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// The names are exact (Teams echoes the input ids as written); a value of another type counts as
/// absent, a repeated name as its last value, and form data that is no object as empty.
/// </summary>
internal sealed class ActionDataConverter : JsonConverter<ActionData>
{
    public override ActionData Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var data = new ActionData();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return data;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = Field(ref reader);
            var otherName = field is null ? reader.GetString() : null;
            reader.Read();
            var value = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.True => "true",
                JsonTokenType.False => "false",
                _ => null,
            };
            reader.Skip();
            switch (field)
            {
                case nameof(ActionData.Step):
                    data.Step = value;
                    break;
                case nameof(ActionData.Draft):
                    data.Draft = value;
                    break;
                case nameof(ActionData.Audience):
                    data.Audience = value;
                    break;
                case nameof(ActionData.AiUsed):
                    data.AiUsed = value;
                    break;
                case nameof(ActionData.Text):
                    data.Text = value;
                    break;
                case null when otherName is not null && value is not null && data.Other.Count < 16:
                    data.Other[otherName] = value;
                    break;
            }
        }

        return data;
    }

    public override void Write(Utf8JsonWriter writer, ActionData value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        foreach (var (name, field) in new[] { ("step", value.Step), ("draft", value.Draft), ("audience", value.Audience), ("aiUsed", value.AiUsed), ("text", value.Text) })
        {
            if (field is not null)
            {
                writer.WriteString(name, field);
            }
        }

        foreach (var (name, field) in value.Other)
        {
            writer.WriteString(name, field);
        }

        writer.WriteEndObject();
    }

    private static string? Field(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("step"u8) ? nameof(ActionData.Step)
        : reader.ValueTextEquals("draft"u8) ? nameof(ActionData.Draft)
        : reader.ValueTextEquals("audience"u8) ? nameof(ActionData.Audience)
        : reader.ValueTextEquals("aiUsed"u8) ? nameof(ActionData.AiUsed)
        : reader.ValueTextEquals("text"u8) ? nameof(ActionData.Text)
        : null;
}
