namespace TeamsCompanion.DraftCheck;

/// <summary>What each finding type and subtype is called in plain Dutch and English, for people to read.</summary>
public static class FindingNames
{
    /// <summary>The name of a finding type, e.g. "geboortedatum" / "date of birth".</summary>
    public static string Name(string type, bool english) => (type, english) switch
    {
        (FindingTypes.Bsn, false) => "BSN",
        (FindingTypes.Bsn, true) => "citizen service number (BSN)",
        (FindingTypes.Iban, _) => "IBAN",
        (FindingTypes.Phone, false) => "telefoonnummer",
        (FindingTypes.Phone, true) => "phone number",
        (FindingTypes.Email, false) => "e-mailadres",
        (FindingTypes.Email, true) => "e-mail address",
        (FindingTypes.Address, false) => "adres",
        (FindingTypes.Address, true) => "address",
        (FindingTypes.DateOfBirth, false) => "geboortedatum",
        (FindingTypes.DateOfBirth, true) => "date of birth",
        (FindingTypes.IdDocument, false) => "nummer van identiteitsbewijs",
        (FindingTypes.IdDocument, true) => "identity document number",
        (FindingTypes.LicensePlate, false) => "kenteken",
        (FindingTypes.LicensePlate, true) => "licence plate",
        (FindingTypes.VatId, false) => "btw-nummer",
        (FindingTypes.VatId, true) => "VAT number",
        (FindingTypes.CreditCard, false) => "creditcardnummer",
        (FindingTypes.CreditCard, true) => "credit card number",
        (FindingTypes.IpAddress, false) => "IP-adres",
        (FindingTypes.IpAddress, true) => "IP address",
        (FindingTypes.PersonName, false) => "naam",
        (FindingTypes.PersonName, true) => "name",
        (FindingTypes.SpecialCategory, false) => "bijzonder persoonsgegeven",
        (FindingTypes.SpecialCategory, true) => "special category of personal data",
        _ => type,
    };

    /// <summary>A finding's subtype (document kind, special category, phone kind) in plain words.</summary>
    public static string Subtype(string subtype, bool english) => (subtype, english) switch
    {
        ("mobile", false) => "mobiel",
        ("landline", false) => "vast",
        ("service", false) => "servicenummer",
        ("functional", false) => "functioneel",
        ("passport", false) => "paspoort",
        ("passport", true) => "passport",
        ("id-card", false) => "identiteitskaart",
        ("id-card", true) => "identity card",
        ("driving-licence", false) => "rijbewijs",
        ("driving-licence", true) => "driving licence",
        ("health", false) => "gezondheid",
        ("religion", false) => "godsdienst",
        ("ethnicity", false) => "afkomst",
        ("political-opinion", false) => "politieke voorkeur",
        ("union-membership", false) => "lid van een vakbond",
        ("sexual-orientation", false) => "seksuele geaardheid",
        ("criminal-record", false) => "strafrechtelijk verleden",
        _ => subtype.Replace('-', ' '),
    };
}
