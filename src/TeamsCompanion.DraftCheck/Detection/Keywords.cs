namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Context words, Dutch and English, matched case-insensitively as substrings in a window
/// before (sometimes after) a candidate. Lists follow Purview's keyword sets where they exist.
/// </summary>
internal static class Keywords
{
    public static readonly KeywordSet Bsn = new(
    [
        "bsn", "burgerservicenummer", "burgerservice nummer", "sofinummer", "sofi-nummer", "sofi nr",
        "persoonsnummer", "citizen service number", "social security", "a-nummer", "rsin",
    ]);

    public static readonly KeywordSet Phone = new(
    [
        "tel", "telefoon", "mobiel", "bel ", "bellen", "gebeld", "nummer", "06", "phone", "call",
        "mobile", "whatsapp", "bereikbaar", "contact",
    ]);

    public static readonly KeywordSet CaseNumber = new(
    [
        "zaaknummer", "zaaknr", "dossiernummer", "dossier", "kenmerk", "referentie", "ref.",
        "factuurnummer", "factuur", "klantnummer", "ordernummer", "case number", "reference",
        "registratienummer", "volgnummer", "polisnummer", "relatienummer",
    ]);

    public static readonly KeywordSet KvK = new(["kvk", "kamer van koophandel", "handelsregister", "chamber of commerce"]);


    public static readonly KeywordSet DrivingLicence = new(
    [
        "rijbewijs", "rijbewijsnummer", "driving licence", "driving license", "driver's license",
        "drivers license", "driver license", "permis de conduire",
    ]);

    public static readonly KeywordSet Passport = new(["paspoort", "passport", "reisdocument", "travel document"]);

    public static readonly KeywordSet IdCard = new(
    [
        "identiteitskaart", "id-kaart", "id kaart", "idkaart", "identity card", "id card", "id-card",
    ]);

    public static readonly KeywordSet Document = new(["documentnummer", "document number", "documentnr", "legitimatie", "identiteitsbewijs", "id-bewijs"]);

    public static readonly KeywordSet CreditCard = new(
    [
        "creditcard", "credit card", "kaartnummer", "card number", "visa", "mastercard", "amex",
        "american express", "betaalkaart", "debit card",
    ]);

    public static readonly string[] Birth =
    [
        "geboren", "geb.", "geb ", "geboortedatum", "geboorte datum", "geboortedag", "geb.datum",
        "date of birth", "birth date", "birthdate", "born", "dob", "d.o.b",
    ];

    public static readonly KeywordSet LicensePlate = new(["kenteken", "nummerbord", "license plate", "licence plate", "registration", "auto", "voertuig", "vehicle"]);

    public static readonly KeywordSet Ip = new(["ip", "ip-adres", "ipadres", "ip address", "host", "server"]);
}
