using System.Globalization;
using System.Text;

namespace TeamsCompanion.DraftCheck.Tests.Evaluation;

/// <summary>
/// Per-type precision and recall. Identifiers must match the labelled offsets exactly;
/// addresses, names and special-category terms match on overlap, because where such a span
/// starts ("Burgemeester de Withstraat" or "de Withstraat") is a matter of taste.
/// </summary>
internal sealed class Scorer
{
    private static readonly HashSet<string> OverlapTypes = [FindingTypes.Address, FindingTypes.PersonName, FindingTypes.SpecialCategory];

    private readonly Dictionary<string, Counts> counts = FindingTypes.All.ToDictionary(t => t, _ => new Counts());

    public List<string> Misses { get; } = [];

    public IReadOnlyDictionary<string, Counts> Counts => counts;

    public void Score(LabelledDocument document, IReadOnlyList<Finding> findings)
    {
        foreach (var type in FindingTypes.All)
        {
            var gold = document.Spans.Where(s => s.Type == type).ToList();
            var matched = new bool[gold.Count];
            var counted = counts[type];
            foreach (var finding in findings.Where(f => f.Type == type))
            {
                var index = gold.FindIndex(g => !matched[gold.IndexOf(g)] && Matches(type, g, finding));
                if (index >= 0)
                {
                    matched[index] = true;
                    counted.TruePositives++;
                }
                else
                {
                    counted.FalsePositives++;
                    Misses.Add($"FP {type} {document.Id}: «{Excerpt(document.Text, finding.Start, finding.End)}»");
                }
            }

            for (var i = 0; i < gold.Count; i++)
            {
                if (!matched[i])
                {
                    counted.FalseNegatives++;
                    Misses.Add($"FN {type} {document.Id}: «{Excerpt(document.Text, gold[i].Start, gold[i].End)}»");
                }
            }
        }
    }

    public string Table()
    {
        var table = new StringBuilder();
        table.AppendLine("| type | labelled | found | precision | recall | target P | target R |");
        table.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (type, c) in counts)
        {
            var (targetPrecision, targetRecall) = Targets.For(type);
            table.AppendLine(CultureInfo.InvariantCulture, $"| {type} | {c.TruePositives + c.FalseNegatives} | {c.TruePositives + c.FalsePositives} | {c.Precision:0.000} | {c.Recall:0.000} | {Format(targetPrecision)} | {Format(targetRecall)} |");
        }

        return table.ToString();
    }

    private static string Format(double? target) => target?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-";

    private static bool Matches(string type, LabelledSpan gold, Finding finding) =>
        OverlapTypes.Contains(type)
            ? finding.Start < gold.End && gold.Start < finding.End
            : finding.Start == gold.Start && finding.Length == gold.Length;

    private static string Excerpt(string text, int start, int end)
    {
        var from = Math.Max(0, start - 25);
        var to = Math.Min(text.Length, end + 25);
        return (text[from..start] + "[" + text[start..end] + "]" + text[end..to]).Replace("\n", "⏎", StringComparison.Ordinal);
    }
}

internal sealed class Counts
{
    public int TruePositives { get; set; }

    public int FalsePositives { get; set; }

    public int FalseNegatives { get; set; }

    // An empty denominator means nothing to get wrong: score it as perfect.
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
}

/// <summary>The targets of issue 3.</summary>
internal static class Targets
{
    public static (double? Precision, double? Recall) For(string type) => type switch
    {
        FindingTypes.Bsn or FindingTypes.Iban or FindingTypes.Phone or FindingTypes.Email or FindingTypes.VatId
            or FindingTypes.CreditCard or FindingTypes.IpAddress => (0.98, 0.98),
        FindingTypes.Address or FindingTypes.DateOfBirth or FindingTypes.IdDocument or FindingTypes.LicensePlate => (0.95, 0.95),
        FindingTypes.PersonName => (0.90, 0.90),
        FindingTypes.SpecialCategory => (null, 0.85),
        _ => (null, null),
    };
}
