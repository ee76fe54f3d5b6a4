using System.Text;

namespace TeamsCompanion.DraftCheck.Benchmarks;

/// <summary>Benchmark texts, repeated to the wanted size.</summary>
internal static class SampleText
{
    /// <summary>A municipal letter dense with personal data: about 20 findings per 1,200 characters.</summary>
    private const string Dense = """
        Geachte mevrouw J. de Vries,

        Op 12 maart 2025 hebben wij uw aanvraag voor bijzondere bijstand ontvangen (zaaknummer 2025-004512).
        U bent geboren op 14-03-1980 en woont aan de Kerkstraat 12a, 3511 AB Utrecht. Uw BSN is 111222333
        en wij maken het bedrag van € 1.250,00 over op IBAN NL91 ABNA 0417 1643 00. Voor vragen kunt u
        bellen met 030 286 00 00 of mailen naar info@utrecht.nl. Uw consulent, de heer M. Bakkali, is
        bereikbaar op 06-12345678 of m.bakkali@utrecht.nl.

        In het gesprek van 3 april gaf u aan dat u sinds de operatie minder kunt werken. Volgens artikel 35
        van de Participatiewet en de Awb (artikel 4:13) beslissen wij binnen acht weken. Kenteken van de
        auto: 54-TKL-3. KvK 12345678, btw NL002455799B11.

        Met vriendelijke groet,

        Sanne Verbeek
        Team Inkomen

        """;

    /// <summary>Policy prose without personal data, as most of a long document is.</summary>
    private const string Prose = """
        De inzet van generatieve AI binnen de organisatie vraagt om heldere afspraken. Medewerkers
        gebruiken alleen hulpmiddelen die door de organisatie zijn toegestaan en voeren geen
        vertrouwelijke informatie of persoonsgegevens in. Teksten die met behulp van AI tot stand
        komen, worden altijd door een medewerker gecontroleerd op juistheid, volledigheid en toon.
        Wanneer een tekst bestemd is voor inwoners of andere belanghebbenden, vermelden we dat AI is
        gebruikt, tenzij een medewerker de tekst inhoudelijk heeft beoordeeld en de organisatie de
        redactionele verantwoordelijkheid draagt. Het team Informatievoorziening houdt een overzicht
        bij van de toepassingen en bespreekt dit twee keer per jaar met de directie. Vragen over het
        gebruik kunnen worden gesteld aan het aanspreekpunt. In de komende periode wordt onderzocht
        welke scholing nodig is om de kennis over de mogelijkheden en risico's te vergroten. Daarbij
        kijken we ook naar de ervaringen van andere overheden en naar de richtlijnen van het Rijk.

        """;

    public static string OfLength(int length, bool dense)
    {
        var block = dense ? Dense : Prose;
        var builder = new StringBuilder(length + block.Length);
        while (builder.Length < length)
        {
            builder.Append(block);
        }

        builder.Length = length;
        return builder.ToString();
    }
}
