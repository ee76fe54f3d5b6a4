using System.Text;

namespace TeamsCompanion.DraftCheck;

/// <summary>Replaces findings by placeholders and keeps every other character as it was.</summary>
public static class Redactor
{
    /// <summary>The placeholder for a finding type, e.g. <c>[BSN]</c>.</summary>
    public static string PlaceholderFor(string type) => type switch
    {
        FindingTypes.Bsn => "[BSN]",
        FindingTypes.Iban => "[IBAN]",
        FindingTypes.Phone => "[telefoonnummer]",
        FindingTypes.Email => "[e-mail]",
        FindingTypes.Address => "[adres]",
        FindingTypes.DateOfBirth => "[geboortedatum]",
        FindingTypes.IdDocument => "[documentnummer]",
        FindingTypes.LicensePlate => "[kenteken]",
        FindingTypes.VatId => "[btw-nummer]",
        FindingTypes.CreditCard => "[creditcard]",
        FindingTypes.IpAddress => "[IP-adres]",
        FindingTypes.PersonName => "[naam]",
        FindingTypes.SpecialCategory => "[bijzonder persoonsgegeven]",
        _ => "[verwijderd]",
    };

    /// <summary>
    /// Returns <paramref name="text"/> with each finding replaced by its placeholder. Findings
    /// may come in any order; one that overlaps an earlier one (by start) is skipped, and one
    /// outside the text is ignored, so a stale finding list cannot corrupt the output.
    /// </summary>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static string Redact(string text, IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(findings);

        var ordered = findings.Where(f => f.Start >= 0 && f.Length > 0 && f.End <= text.Length).OrderBy(f => f.Start).ToList();
        if (ordered.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var finding in ordered)
        {
            if (finding.Start < position)
            {
                continue;
            }

            builder.Append(text, position, finding.Start - position);
            builder.Append(PlaceholderFor(finding.Type));
            position = finding.End;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }
}
