using System.Text.Json;
using TeamsCompanion.DraftCheck;

namespace TeamsCompanion.Cli.Output;

/// <summary>
/// Writes a check result with exactly the field names other tools rely on (the contract):
/// findings [{type, start, length, confidence, masked, rule}] and
/// disclosure {present, leftovers [{text, start, length}], verdict, suggestion}.
/// </summary>
internal static class JsonResult
{
    public static void WriteBody(Utf8JsonWriter json, DraftCheckResult result)
    {
        json.WriteStartArray("findings");
        foreach (var finding in result.Findings)
        {
            json.WriteStartObject();
            json.WriteString("type", finding.Type);
            json.WriteNumber("start", finding.Start);
            json.WriteNumber("length", finding.Length);
            json.WriteNumber("confidence", Math.Round(finding.Confidence, 3));
            json.WriteString("masked", finding.Masked);
            json.WriteString("rule", finding.Rule);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("disclosure");
        json.WriteBoolean("present", result.Disclosure.Present);
        json.WriteStartArray("leftovers");
        foreach (var leftover in result.Disclosure.Leftovers)
        {
            json.WriteStartObject();
            json.WriteString("text", leftover.Text);
            json.WriteNumber("start", leftover.Start);
            json.WriteNumber("length", leftover.Length);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("verdict", result.Disclosure.Verdict);
        if (result.Disclosure.Suggestion is { } suggestion)
        {
            json.WriteString("suggestion", suggestion);
        }
        else
        {
            json.WriteNull("suggestion");
        }

        json.WriteEndObject();
    }

    /// <summary>Not clean: personal data (functional mailboxes aside) or a disclosure problem.</summary>
    public static bool HasFindings(DraftCheckResult result) =>
        result.Findings.Any(f => f.IsPersonal) || result.Disclosure.Verdict != DisclosureVerdicts.Ok;

    public static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Indented = indented,

        // Keep é, ë and • readable in the output; the text is data, not HTML.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
