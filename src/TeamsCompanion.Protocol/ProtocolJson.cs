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
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
