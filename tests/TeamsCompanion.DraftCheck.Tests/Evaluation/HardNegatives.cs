using System.Globalization;

namespace TeamsCompanion.DraftCheck.Tests.Evaluation;

/// <summary>Sentences full of numbers and capitals that are not personal data.</summary>
internal static class HardNegatives
{
    private static readonly string[] ProperNouns =
    [
        "Microsoft Teams", "Power BI", "Google Maps", "SharePoint Online", "Albert Heijn", "Erasmus MC", "Hogeschool Utrecht",
        "Bureau Jeugdzorg", "Stichting Het Groene Hart", "Rabobank Utrecht", "Nationale Ombudsman", "Prinsjesdag", "Koningsdag",
        "Paleis Noordeinde", "Wet Open Overheid", "Algemene Verordening Gegevensbescherming", "Sociale Dienst Drechtsteden",
        "Kamer van Koophandel", "Raad van State", "Centrale Raad van Beroep", "Nationaal Programma Rotterdam Zuid", "Lean Six Sigma",
        "Windows Update", "Common Ground", "Digitale Overheid", "Logius", "Open Data Portaal", "Landelijke Voorziening", "Haal Centraal",
    ];

    /// <summary>Capitalised names of things, not people.</summary>
    public static string ProperNoun(Random random) => random.Next(4) switch
    {
        0 => $"Het verslag staat in {Person.Pick(random, ProperNouns)} en is gedeeld met {Person.Pick(random, ProperNouns)}.",
        1 => $"We sluiten aan bij {Person.Pick(random, ProperNouns)} zoals besproken.",
        2 => $"Na overleg met {Person.Pick(random, ProperNouns)} is besloten het project te verlengen.",
        _ => $"Zie ook de uitspraak van de {Person.Pick(random, ProperNouns)} over dit onderwerp.",
    };

    public static string Any(Random random) => random.Next(20) switch
    {
        16 or 17 or 18 or 19 => ProperNoun(random),
        0 => $"Uw zaaknummer is {Identifiers.NotBsn(random)}.",
        1 => $"KvK-nummer {random.Next(10_000_000, 99_999_999)}.",
        2 => $"Het totaalbedrag is € {random.Next(1, 999)}.{random.Next(100, 999)}.{random.Next(100, 999)},00.",
        3 => $"Het overleg staat gepland op {Writers.MeetingDate(random)} om {random.Next(8, 18)}:{random.Next(0, 6)}0 uur.",
        4 => $"Zie artikel {random.Next(1, 9)}:{random.Next(1, 99)} van de Awb en artikel 7:{random.Next(600, 700)} BW.",
        5 => "Voor vragen kunt u bellen met 14 020 of met 0800-8051 (gratis).",
        6 => $"Betaal niet naar {Identifiers.BreakIban(Identifiers.DutchIban(random))}, dat nummer klopt niet.",
        7 => $"Het budget voor {random.Next(2024, 2028)} bedraagt {random.Next(2, 90)} miljoen euro, een stijging van {random.Next(2, 20)},{random.Next(1, 9)}%.",
        8 => $"Dossiercode ZK{random.Next(2020, 2026)}{random.Next(100, 999)} is gesloten.",
        9 => $"Paragraaf {random.Next(1, 9)}.{random.Next(1, 9)}.{random.Next(1, 9)} van de nota gaat hierover.",
        10 => "Servicenummer 0900-1234567 is buiten gebruik.",
        11 => $"Referentie {Identifiers.NotBsn(random)}-{random.Next(10, 99)} in het zaaksysteem.",
        12 => $"Volgens de Participatiewet (artikel {random.Next(10, 80)}) en de Wmo 2015 is dit toegestaan.",
        13 => $"Factuurnummer {random.Next(2024, 2026)}-{random.Next(10000, 99999)} van {random.Next(1, 28)} {Pools.Months[random.Next(12)]} {random.Next(2024, 2026)}.",
        14 => $"Er zijn {random.Next(100, 999).ToString(CultureInfo.InvariantCulture)} aanvragen binnengekomen, waarvan {random.Next(10, 99)} in Utrecht.",
        _ => $"Het Woo-besluit is gebaseerd op artikel 5.1, tweede lid, aanhef en onder e, van de Woo.",
    };
}
