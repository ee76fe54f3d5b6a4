using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace TeamsCompanion.DraftCheck.Tests.Evaluation;

/// <summary>Reads and writes eval-set.jsonl: one labelled document per line.</summary>
internal static class EvaluationSet
{
    public const string FileName = "eval-set.jsonl";

    public static IReadOnlyList<LabelledDocument> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Evaluation", FileName);
        return File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<LabelledDocument>(l)!).ToList();
    }

    public static string Serialize(IEnumerable<LabelledDocument> documents)
    {
        var builder = new StringBuilder();
        foreach (var document in documents)
        {
            builder.Append(JsonSerializer.Serialize(document)).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Path of the committed file in the source tree, next to this source file.</summary>
    public static string SourcePath([CallerFilePath] string thisFile = "") => Path.Combine(Path.GetDirectoryName(thisFile)!, FileName);
}
