namespace TeamsCompanion.DraftCheck.Tests.Evaluation;

/// <summary>Memos (nota's) and Woo-excerpts: mostly numbers that are not personal data.</summary>
internal static class MemoTemplates
{
    public static LabelledDocument Memo(Random random, string id)
    {
        var b = new DocumentBuilder(html: false);
        var author = Person.Random(random);
        var manager = Person.Random(random);
        b.Line("NOTA");
        b.Add("Aan: ").Label(FindingTypes.PersonName, manager.Initials).Line();
        b.Add("Van: ").Label(FindingTypes.PersonName, author.Full).Line();
        b.Add("Datum: ").Line(Writers.MeetingDate(random));
        b.Line("Onderwerp: voortgang " + Person.Pick(random, ["schuldhulpverlening", "Wmo-aanvragen", "omgevingsvergunningen", "digitalisering", "informatiebeveiliging"]));
        b.Line();
        b.Line("Aanleiding");
        b.Line(HardNegatives.Any(random) + " " + HardNegatives.Any(random) + " " + HardNegatives.Any(random));
        b.Line();
        b.Line("Kern");
        if (random.Next(3) == 0)
        {
            b.Add("De applicatieserver (").Label(FindingTypes.IpAddress, random.Next(3) == 0 ? Writers.Ipv6(random) : Writers.Ip(random)).Line(") wordt vervangen.");
        }

        if (random.Next(3) == 0)
        {
            b.Add("Het college heeft de heer ").Label(FindingTypes.PersonName, Person.Random(random).Surname).Add(" gevraagd om advies. ");
        }

        b.Line(HardNegatives.Any(random) + " " + HardNegatives.Any(random));
        b.Line();
        b.Line("Advies");
        b.Line("Instemmen met het voorstel. " + HardNegatives.Any(random));
        return b.Build(id, "memo");
    }

    public static LabelledDocument WooExcerpt(Random random, string id)
    {
        var b = new DocumentBuilder(html: false);
        b.Line("Besluit op uw Woo-verzoek");
        b.Line("Inventarislijst");
        for (var row = 1; row <= random.Next(3, 7); row++)
        {
            b.Add($"{row}. {Writers.MeetingDate(random)} e-mail van ");
            if (random.Next(3) == 0)
            {
                var official = Person.Random(random);
                b.Label(FindingTypes.PersonName, official.Initials).Add(" (").Label(FindingTypes.Email, Writers.PersonalEmail(random, official)).Add(")");
            }
            else
            {
                b.Add("[...] (5.1.2e)");
            }

            b.Line($" - deels openbaar - {HardNegatives.Any(random)}");
        }

        b.Line();
        b.Add("Een medewerker van het team, bereikbaar op ").Label(FindingTypes.Phone, Writers.Landline(random)).Line(", heeft de stukken beoordeeld.");
        if (random.Next(2) == 0)
        {
            b.Add("In document 3 staat ten onrechte het BSN ").Label(FindingTypes.Bsn, Writers.Bsn(random, out _)).Line(" van een betrokkene; dit is alsnog gelakt.");
        }

        b.Line(HardNegatives.Any(random));
        return b.Build(id, "woo");
    }
}
