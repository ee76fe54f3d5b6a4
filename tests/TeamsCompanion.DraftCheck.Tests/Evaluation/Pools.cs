namespace TeamsCompanion.DraftCheck.Tests.Evaluation;

/// <summary>
/// Vocabulary of the generated documents. The name pools deliberately go beyond the
/// library's own name lists (Frisian, Ghanaian, Cape Verdean, Chinese-Dutch and rarer
/// Dutch names are only here), so the name recall measured is not a lookup of the lists.
/// </summary>
internal static class Pools
{
    public static readonly string[] FirstNames =
    [
        // also in the library list
        "Sanne", "Pieter", "Fatima", "Mohamed", "Mehmet", "Ayse", "Priya", "Rajesh", "Kartini", "Jandino",
        "Marieke", "Joost", "Khadija", "Youssef", "Zeynep", "Emre", "Anand", "Sunita", "Budi", "Marisol",
        "Willem", "Ingrid", "Bart", "Esther", "Hamza", "Elif", "Navin", "Dewi", "Gilberto", "Lotte",
        // not in the library list
        "Tjitske", "Wiebe", "Kwame", "Ingeborg", "Leendert", "Gerben", "Jildou", "Siebren", "Ilias", "Oussama",
        "Salma", "Yasmina", "Oguz", "Berkay", "Gizem", "Tugba", "Kishan", "Sharda", "Bambang", "Wulan",
        "Ixora", "Quirine", "Evelien", "Hidde", "Floortje", "Mei-Ling", "Wei", "Djamila", "Amadou", "Nuno",
    ];

    public static readonly string[] Surnames =
    [
        // also in the library list
        "Jansen", "Bakker", "Visser", "Mulder", "Bakkali", "Tahiri", "Yilmaz", "Öztürk", "Ramdin", "Wattimena",
        "Martina", "Dijkstra", "Kramer", "Hoekstra", "Kaya", "Ramsaran", "Sahetapy", "Croes", "Smit", "Boer",
        // not in the library list
        "Zijlstra", "Hoogeveen", "Brinkman", "Okafor", "Karaca", "Yıldırım", "Ouali-Benali", "Ramautar", "Tjin-A-Tsoi", "Nahar",
        "Soerjadi", "Lopulalan", "Boateng", "Tavares", "Veenstra", "Wester", "Hiemstra", "Kuipers", "Lindeboom", "Groeneveld",
    ];

    public static readonly string[] Tussenvoegsels = ["de", "van", "van der", "van den", "van de", "ter", "el", "in 't", "van 't"];

    public static readonly string[] Streets =
    [
        "Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenlaan", "Julianaplein", "Oudegracht", "Prinsengracht",
        "Burgemeester de Withstraat", "Van Goghstraat", "Koningin Wilhelminalaan", "Hoofdweg", "Lindenlaan",
        "Schoolstraat", "Wilhelminakade", "Noordsingel", "Zeedijk", "Beukenpad", "Torensteeg", "Marktplein",
        "Laan van Meerdervoort", "Parkweg", "Kastanjedreef", "Oranjeboulevard", "Sportlaan", "Anne Frankstraat",
        // no street suffix: only context can tell these are streets
        "Lange Voorhout", "Spui", "Grote Markt", "Neude",
    ];

    public static readonly string[] Cities =
    [
        "Utrecht", "Amsterdam", "Rotterdam", "Den Haag", "Zwolle", "Leeuwarden", "Groningen", "Tilburg",
        "'s-Hertogenbosch", "Alphen aan den Rijn", "Bergen op Zoom", "Almere", "Nijmegen", "Enschede", "Heerlen",
        "Capelle aan den IJssel", "Assen", "Middelburg", "Lelystad", "Purmerend",
    ];

    public static readonly string[] Organisations =
    [
        "gemeente Utrecht", "gemeente Zwolle", "het UWV", "de Belastingdienst", "het ministerie van BZK",
        "de provincie Gelderland", "Rijkswaterstaat", "de Sociale Verzekeringsbank", "DUO", "het CAK",
    ];

    public static readonly string[] Domains = ["utrecht.nl", "zwolle.nl", "minbzk.nl", "rijksoverheid.nl", "uwv.nl", "gelderland.nl", "rws.nl", "svb.nl", "gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl"];

    public static readonly string[] FunctionalMailboxes = ["info", "servicedesk", "klantenservice", "woo", "privacy", "secretariaat", "noreply"];

    public static readonly string[] Months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    public static readonly string[] Functions = ["Adviseur", "Beleidsmedewerker", "Consulent Werk en Inkomen", "Teamleider Burgerzaken", "Juridisch adviseur", "Casemanager", "Klantmanager", "Projectleider"];

    /// <summary>Special-category phrases, each with the exact term that is labelled inside it.</summary>
    public static readonly (string Before, string Term, string After)[] SpecialPhrases =
    [
        ("Zij is sinds maart ", "ziekgemeld", " en werkt nu halve dagen."),
        ("Hij heeft aangegeven dat hij een ", "burn-out", " heeft."),
        ("Mevrouw is ", "zwanger", " en vraagt om aangepast werk."),
        ("Betrokkene gebruikt ", "medicatie", " die het rijden beïnvloedt."),
        ("Er is sprake van ", "diabetes", ", daarom is een dieetkostenvergoeding gevraagd."),
        ("De aanvrager heeft ", "autisme", " en heeft extra begeleiding nodig."),
        ("Hij is onder behandeling bij de ", "GGZ", "."),
        ("De bedrijfsarts heeft een ", "diagnose", " gesteld."),
        ("Zij verblijft in een ", "verpleeghuis", "."),
        ("Hij zit sinds april in een ", "rolstoel", "."),
        ("De cliënt is ", "moslim", " en vraagt om halal eten."),
        ("Zij gaat op zondag naar de ", "kerk", " en kan dan niet."),
        ("Tijdens de ", "ramadan", " wil hij later beginnen."),
        ("Hij is ", "katholiek", " opgevoed."),
        ("Gezin van ", "Surinaamse achtergrond", ", drie kinderen."),
        ("In het dossier staat zijn ", "etniciteit", " vermeld."),
        ("Hij is ", "lid van de SP", " en actief in de wijk."),
        ("Zij heeft haar ", "politieke voorkeur", " genoemd in het gesprek."),
        ("Hij is ", "vakbondslid", " en wil dat de FNV meeleest."),
        ("Ze is ", "lesbisch", " en woont samen met haar partner."),
        ("Hij vertelde over zijn ", "seksuele geaardheid", "."),
        ("Betrokkene heeft een ", "strafblad", " vanwege een oude zaak."),
        ("Hij is in 2019 ", "veroordeeld", " voor diefstal."),
        ("De man droeg een ", "enkelband", " tijdens het gesprek."),
        ("Er loopt een ", "strafzaak", " tegen de aanvrager."),
        ("Haar VOG is geweigerd vanwege ", "justitiële documentatie", "."),
        ("He has been ", "diagnosed", " with a chronic condition."),
        ("She is ", "pregnant", " and asked for leave."),
        ("He was ", "convicted", " in 2018."),
        ("The applicant is a ", "trade union", " representative."),
    ];
}
