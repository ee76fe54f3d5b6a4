using System.Diagnostics;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// A possible finding in normalised coordinates. Suppressors (dates without birth context,
/// amounts, invalid IBANs) are never reported; they exist to win overlaps so the digits
/// inside them are not misread as a BSN or phone number. Twelve bytes and no references: a
/// dense megabyte makes tens of thousands, and each is copied on adding and on ranking.
/// </summary>
internal readonly struct Candidate
{
    // Fields in this order pack into twelve bytes.
    private readonly int start;
    private readonly int end;
    private readonly Label label;
    private readonly ushort milli;

    // The confidence must be a whole number of thousandths, as every detector's literals are.
    public Candidate(Label label, int start, int end, double confidence)
    {
        this.start = start;
        this.end = end;
        this.label = label;
        milli = (ushort)Math.Round(Math.Clamp(confidence, 0, 1) * 1000);
        Debug.Assert(Confidence == confidence, "A confidence must be a whole number of thousandths.");
    }

    public int Start => start;

    public int End => end;

    public Label Label => label;

    // Thousandths divided by a thousand give back the double the literal 0.97 denotes: both
    // are the nearest double to the same fraction.
    public double Confidence => milli / 1000.0;

    /// <summary>Confidence in thousandths, as ranking compares it.</summary>
    public int ConfidenceMilli => milli;

    public bool IsSuppressor => label.IsSuppressor;

    public static Candidate Suppressor(Label label, int start, int end) => new(label, start, end, 1);
}

/// <summary>Overlap priorities: the more specific pattern wins.</summary>
internal static class Priority
{
    public const int Vat = 100;
    public const int Iban = 95;
    public const int Email = 90;
    public const int CreditCard = 85;
    public const int IpAddress = 80;
    public const int Date = 75;
    public const int Amount = 74;
    public const int IdDocument = 70;
    public const int Phone = 60;
    public const int Bsn = 55;
    public const int LicensePlate = 50;
    public const int Address = 40;
    public const int PersonName = 30;
    public const int SpecialCategory = 20;
}
