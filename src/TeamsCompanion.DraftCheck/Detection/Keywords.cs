using System.Buffers;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Context words, Dutch and English, matched case-insensitively as substrings in a window
/// before (sometimes after) a candidate. Lists follow Purview's keyword sets where they exist.
/// Each list is one <see cref="SearchValues{T}"/>, so a window is searched once for all of
/// its words instead of once per word.
/// </summary>
internal static class Keywords
{
    public static readonly SearchValues<string> Bsn = TextScan.Phrases(
    [
        "bsn", "burgerservicenummer", "burgerservice nummer", "sofinummer", "sofi-nummer", "sofi nr",
        "persoonsnummer", "citizen service number", "social security", "a-nummer", "rsin",
    ]);

    public static readonly SearchValues<string> Phone = TextScan.Phrases(
    [
        "tel", "telefoon", "mobiel", "bel ", "bellen", "gebeld", "nummer", "06", "phone", "call",
        "mobile", "whatsapp", "bereikbaar", "contact",
    ]);

    public static readonly SearchValues<string> CaseNumber = TextScan.Phrases(
    [
        "zaaknummer", "zaaknr", "dossiernummer", "dossier", "kenmerk", "referentie", "ref.",
        "factuurnummer", "factuur", "klantnummer", "ordernummer", "case number", "reference",
        "registratienummer", "volgnummer", "polisnummer", "relatienummer",
    ]);

    public static readonly SearchValues<string> KvK = TextScan.Phrases(["kvk", "kamer van koophandel", "handelsregister", "chamber of commerce"]);

    public static readonly SearchValues<string> DrivingLicence = TextScan.Phrases(
    [
        "rijbewijs", "rijbewijsnummer", "driving licence", "driving license", "driver's license",
        "drivers license", "driver license", "permis de conduire",
    ]);

    public static readonly SearchValues<string> Passport = TextScan.Phrases(["paspoort", "passport", "reisdocument", "travel document"]);

    public static readonly SearchValues<string> IdCard = TextScan.Phrases(
    [
        "identiteitskaart", "id-kaart", "id kaart", "idkaart", "identity card", "id card", "id-card",
    ]);

    public static readonly SearchValues<string> Document = TextScan.Phrases(["documentnummer", "document number", "documentnr", "legitimatie", "identiteitsbewijs", "id-bewijs"]);

    public static readonly SearchValues<string> CreditCard = TextScan.Phrases(
    [
        "creditcard", "credit card", "kaartnummer", "card number", "visa", "mastercard", "amex",
        "american express", "betaalkaart", "debit card",
    ]);

    public static readonly string[] Birth =
    [
        "geboren", "geb.", "geb ", "geboortedatum", "geboorte datum", "geboortedag", "geb.datum",
        "date of birth", "birth date", "birthdate", "born", "dob", "d.o.b",
    ];

    public static readonly SearchValues<string> LicensePlate = TextScan.Phrases(["kenteken", "nummerbord", "license plate", "licence plate", "registration", "auto", "voertuig", "vehicle"]);

    public static readonly SearchValues<string> Ip = TextScan.Phrases(["ip", "ip-adres", "ipadres", "ip address", "host", "server"]);
}
