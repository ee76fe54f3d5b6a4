using TeamsCompanion.Cli.Documents;
using TeamsCompanion.DraftCheck;

namespace TeamsCompanion.Cli.Output;

/// <summary>The human report of one file: verdict first, then each finding with where it is.</summary>
internal static class TextReport
{
    public static void Write(TextWriter output, string file, DocumentText document, DraftCheckResult result, bool english)
    {
        string T(string nl, string en) => english ? en : nl;
        output.WriteLine($"== {file}");
        foreach (var warning in document.Warnings)
        {
            output.WriteLine($"   ! {warning}");
        }

        var personal = result.Findings.Where(f => f.IsPersonal).ToList();
        output.WriteLine(personal.Count == 0
            ? T("   Geen persoonsgegevens gevonden.", "   No personal data found.")
            : T($"   Let op: {personal.Count} persoonsgegeven(s) gevonden.", $"   Attention: {personal.Count} piece(s) of personal data found."));

        foreach (var finding in result.Findings)
        {
            var (line, column) = Position(document.Text, finding.Start);
            var name = FindingNames.Name(finding.Type, english) + (finding.Subtype is { } sub ? $" ({FindingNames.Subtype(sub, english)})" : string.Empty);
            var note = finding.IsPersonal ? string.Empty : T("  [functionele mailbox, geen persoon]", "  [functional mailbox, not a person]");
            output.WriteLine($"   - {T("regel", "line")} {line}, {T("kolom", "col")} {column}: {name} {finding.Masked} ({T("zekerheid", "confidence")} {finding.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}, {finding.Rule}){note}");
        }

        var disclosure = result.Disclosure;
        output.WriteLine(disclosure.Verdict switch
        {
            DisclosureVerdicts.Leftovers => T(
                $"   AI-resten gevonden: {string.Join(", ", disclosure.Leftovers.Select(l => $"\"{l.Text}\""))}. Haal ze weg voor je deelt.",
                $"   Leftovers of AI output: {string.Join(", ", disclosure.Leftovers.Select(l => $"\"{l.Text}\""))}. Remove them before sharing."),
            DisclosureVerdicts.MissingDisclosure => T(
                "   Geen AI-vermelding, terwijl de tekst met AI is gemaakt en naar burgers gaat (Handreiking §9.2).",
                "   No AI disclosure, although the text was made with AI and goes to citizens (Handreiking §9.2)."),
            _ => disclosure.Present ? T("   AI-vermelding: aanwezig.", "   AI disclosure: present.") : T("   AI-vermelding: in orde.", "   AI disclosure: fine."),
        });
        if (disclosure.Suggestion is { } suggestion && disclosure.Verdict != DisclosureVerdicts.Ok)
        {
            output.WriteLine(T($"   Voorstel: {suggestion}", $"   Suggestion: {suggestion}"));
        }
    }

    private static (int Line, int Column) Position(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
