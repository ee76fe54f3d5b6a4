using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsCompanion.Protocol;

/// <summary>The JSON rules of the Bot Framework: camelCase, nulls left out, read case-insensitively.</summary>
public static class ProtocolJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = true,
            // Teams nests cards and channel data deeply; the Bot Framework sets no depth limit.
            MaxDepth = 256,

            // This JSON goes to Teams, never into HTML: "ë" stays one character instead of six bytes
            // of "\u00EB", which keeps cards under Teams' 28 KB.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
