namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>IBAN length per country (ISO 13616 registry, SWIFT release 2024).</summary>
internal static class IbanRegistry
{
    // A table of all 676 letter pairs: read for every digit run after two letters, where a
    // dictionary lookup was a visible share of the IBAN scan.
    private static readonly byte[] Lengths = Build(
        "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 " +
        "DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 " +
        "IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 " +
        "MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 " +
        "SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30");

    /// <summary>The IBAN length for a country code of two ASCII letters, or 0 when the country has no IBAN (or a character is no ASCII letter).</summary>
    public static int LengthFor(char first, char second)
    {
        var a = (uint)(first | 0x20) - 'a';
        var b = (uint)(second | 0x20) - 'a';
        return a < 26 && b < 26 ? Lengths[(a * 26) + b] : 0;
    }

    private static byte[] Build(string table)
    {
        var lengths = new byte[26 * 26];
        foreach (var entry in table.Split(' '))
        {
            lengths[((entry[0] - 'A') * 26) + (entry[1] - 'A')] = byte.Parse(entry.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture);
        }

        return lengths;
    }
}
