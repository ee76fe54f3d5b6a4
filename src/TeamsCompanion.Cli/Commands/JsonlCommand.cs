using System.Text;
using System.Text.Json;
using TeamsCompanion.Cli.Output;
using TeamsCompanion.DraftCheck;

namespace TeamsCompanion.Cli.Commands;

/// <summary>
/// <c>check --jsonl IN [--out OUT]</c>: one check per line, for batch work. A bad line gets an
/// error object for its id and the rest go on. Exit 2 when any line failed, else 1 when any had
/// findings, else 0.
/// </summary>
internal static class JsonlCommand
{
    public static int Run(string input, string? outputPath, CheckSettings settings, TextWriter output, TextWriter errors)
    {
        if (input != "-" && !File.Exists(input))
        {
            errors.WriteLine($"{input}: bestand niet gevonden / file not found");
            return 2;
        }

        if (outputPath is not null && input != "-" && string.Equals(Path.GetFullPath(outputPath), Path.GetFullPath(input), StringComparison.Ordinal))
        {
            errors.WriteLine($"{outputPath}: --out is the input file; it would be emptied before it is read");
            return 2;
        }

        using var reader = input == "-" ? new StreamReader(Console.OpenStandardInput(), Encoding.UTF8) : new StreamReader(input, Encoding.UTF8);
        using var target = outputPath is null ? null : new StreamWriter(outputPath, append: false, new UTF8Encoding(false));
        var writer = target ?? output;
        var checker = new DraftChecker();
        var (lineNumber, failed, withFindings) = (0, 0, 0);
        var buffer = new MemoryStream();
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer, JsonResult.WriterOptions(indented: false)))
            {
                switch (CheckLine(line, lineNumber, checker, settings, json))
                {
                    case LineOutcome.Error:
                        failed++;
                        break;
                    case LineOutcome.Findings:
                        withFindings++;
                        break;
                }
            }

            writer.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }

        writer.Flush();
        if (failed > 0)
        {
            errors.WriteLine($"{input}: {failed} regel(s) met fouten, zie \"error\" in de uitvoer / {failed} line(s) failed, see \"error\" in the output");
        }

        return failed > 0 ? 2 : withFindings > 0 ? 1 : 0;
    }

    private enum LineOutcome
    {
        Clean,
        Findings,
        Error,
    }

    private static LineOutcome CheckLine(string line, int lineNumber, DraftChecker checker, CheckSettings settings, Utf8JsonWriter json)
    {
        JsonElement? id = null;
        json.WriteStartObject();
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Error(json, null, "each line must be a JSON object", lineNumber);
            }

            id = root.TryGetProperty("id", out var idValue) ? idValue.Clone() : null;
            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                return Error(json, id, "\"text\" is missing or not a string", lineNumber);
            }

            var options = settings.Options with
            {
                Audience = CheckSettings.ParseAudience(StringOrNull(root, "audience")) ?? settings.Options.Audience,
                AiUsed = CheckSettings.ParseAiUsed(StringOrNull(root, "aiUsed")) ?? settings.Options.AiUsed,
            };
            var result = checker.Check(text.GetString()!, options);
            if (result.InputTooLarge)
            {
                return Error(json, id, $"\"text\" is longer than {options.MaxInputLength} characters (--max-chars)", lineNumber);
            }

            WriteId(json, id);
            JsonResult.WriteBody(json, result);
            json.WriteEndObject();
            return JsonResult.HasFindings(result) ? LineOutcome.Findings : LineOutcome.Clean;
        }
        catch (JsonException e)
        {
            return Error(json, id, $"not valid JSON at byte {e.BytePositionInLine + 1}", lineNumber);
        }
        catch (UsageException e)
        {
            return Error(json, id, e.Message, lineNumber);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // One odd line must not stop the batch.
            return Error(json, id, $"the line could not be checked ({e.GetType().Name})", lineNumber);
        }
    }

    private static string? StringOrNull(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()
        : root.TryGetProperty(name, out var other) && other.ValueKind != JsonValueKind.Null ? throw new UsageException($"\"{name}\" must be a string")
        : null;

    // The input line number lets a line without an id be found again.
    private static LineOutcome Error(Utf8JsonWriter json, JsonElement? id, string message, int lineNumber)
    {
        WriteId(json, id);
        json.WriteString("error", message);
        json.WriteNumber("line", lineNumber);
        json.WriteEndObject();
        return LineOutcome.Error;
    }

    private static void WriteId(Utf8JsonWriter json, JsonElement? id)
    {
        json.WritePropertyName("id");
        if (id is { } value)
        {
            value.WriteTo(json);
        }
        else
        {
            json.WriteNullValue();
        }
    }
}
