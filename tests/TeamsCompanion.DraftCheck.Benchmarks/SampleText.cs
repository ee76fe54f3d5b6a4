using System.Text;

namespace TeamsCompanion.DraftCheck.Benchmarks;

/// <summary>A realistic municipal draft (letter, chat and memo parts), repeated to the wanted size.</summary>
internal static class SampleText
{
    private const string Block = """
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

    public static string OfLength(int length)
    {
        var builder = new StringBuilder(length + Block.Length);
        while (builder.Length < length)
        {
            builder.Append(Block);
        }

        builder.Length = length;
        return builder.ToString();
    }
}
