using System.Text.Json;
using TeamsCompanion.Cli.Documents;
using TeamsCompanion.Cli.Output;
using TeamsCompanion.DraftCheck;

namespace TeamsCompanion.Cli.Commands;

/// <summary><c>check FILE...</c>: reports per file; 0 clean, 1 findings, 2 when a file could not be checked.</summary>
internal static class CheckCommand
{
    public static int Run(Arguments args, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(args);
        args.AllowFlags();
        var settings = CheckSettings.From(args);
        if (args.Option("jsonl") is { } jsonl)
        {
            return JsonlCommand.Run(jsonl, args.Option("out"), settings, output, errors);
        }

        if (args.Positional.Count == 0)
        {
            throw new UsageException("check needs at least one FILE (or --jsonl IN)");
        }

        var asJson = args.Choice("format", false, ("text", false), ("json", true));
        var checker = new DraftChecker();
        var exit = 0;
        using var buffer = new MemoryStream();
        using var json = asJson ? new Utf8JsonWriter(buffer, JsonResult.WriterOptions(indented: true)) : null;
        json?.WriteStartArray();
        foreach (var file in args.Positional)
        {
            var outcome = CheckFile(file, checker, settings, errors);
            exit = Math.Max(exit, outcome.Exit);
            if (json is not null)
            {
                WriteJson(json, file, outcome);
            }
            else if (outcome.Result is { } result)
            {
                TextReport.Write(output, file, outcome.Document!, result, settings.English);
            }
        }

        if (json is not null)
        {
            json.WriteEndArray();
            json.Flush();
            output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }

        return exit;
    }

    private sealed record Outcome(int Exit, DocumentText? Document, DraftCheckResult? Result, string? Error);

    private static Outcome CheckFile(string file, DraftChecker checker, CheckSettings settings, TextWriter errors)
    {
        try
        {
            var document = DocumentReader.Read(file, settings.MaxFileBytes);
            var result = checker.Check(document.Text, settings.Options);
            if (result.InputTooLarge)
            {
                return Fail(file, $"tekst is langer dan {settings.Options.MaxInputLength:N0} tekens en is niet gecontroleerd / text is longer than {settings.Options.MaxInputLength:N0} characters and was not checked (--max-chars)", errors);
            }

            return new Outcome(JsonResult.HasFindings(result) ? 1 : 0, document, result, null);
        }
        catch (DocumentReadException e)
        {
            return Fail(file, e.Message, errors);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A file that trips a reader in an unforeseen way must not stop the other files.
            return Fail(file, $"kan het bestand niet verwerken / cannot process the file ({e.GetType().Name})", errors);
        }
    }

    private static Outcome Fail(string file, string message, TextWriter errors)
    {
        errors.WriteLine($"{file}: {message}");
        return new Outcome(2, null, null, message);
    }

    private static void WriteJson(Utf8JsonWriter json, string file, Outcome outcome)
    {
        json.WriteStartObject();
        json.WriteString("file", file);
        if (outcome.Result is { } result)
        {
            JsonResult.WriteBody(json, result);
            json.WriteStartArray("warnings");
            foreach (var warning in outcome.Document!.Warnings)
            {
                json.WriteStringValue(warning);
            }

            json.WriteEndArray();
        }
        else
        {
            json.WriteString("error", outcome.Error);
        }

        json.WriteEndObject();
    }
}
