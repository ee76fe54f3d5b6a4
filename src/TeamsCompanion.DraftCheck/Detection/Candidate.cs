namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// A possible finding in normalised coordinates. Suppressors (dates without birth context,
/// amounts, invalid IBANs) are never reported; they exist to win overlaps so the digits
/// inside them are not misread as a BSN or phone number.
/// </summary>
internal readonly record struct Candidate(
    string Type,
    string? Subtype,
    int Start,
    int End,
    double Confidence,
    string Rule,
    int Priority,
    bool IsPersonal = true)
{
    public const string SuppressorType = "";

    public bool IsSuppressor => Type.Length == 0;

    public static Candidate Suppressor(int start, int end, string rule, int priority) =>
        new(SuppressorType, null, start, end, 1, rule, priority);
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
