using System.Text.Json.Serialization;

namespace TeamsCompanion.DraftCheck.Tests.Evaluation;

/// <summary>One labelled span: a finding type and UTF-16 offsets into <see cref="LabelledDocument.Text"/>.</summary>
public sealed record LabelledSpan(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("length")] int Length)
{
    [JsonIgnore]
    public int End => Start + Length;
}

/// <summary>One document of the evaluation set, as stored in eval-set.jsonl.</summary>
public sealed record LabelledDocument(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("spans")] IReadOnlyList<LabelledSpan> Spans);
