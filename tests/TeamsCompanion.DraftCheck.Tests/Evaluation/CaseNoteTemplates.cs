namespace TeamsCompanion.DraftCheck.Tests.Evaluation;

/// <summary>Case notes (dossiernotities) from social-domain work: where special categories live.</summary>
internal static class CaseNoteTemplates
{
    public static LabelledDocument CaseNote(Random random, string id)
    {
        var b = new DocumentBuilder(html: false);
        var client = Person.Random(random);
        var worker = Person.Random(random);
        b.Add("Dossiernotitie ").Line(Identifiers.NotBsn(random));
        b.Add("Cliënt: ").Label(FindingTypes.PersonName, client.Full).Add(" (geb. ").Label(FindingTypes.DateOfBirth, Writers.BirthDate(random)).Line(")");
        b.Add("Adres: ").Label(FindingTypes.Address, Writers.Street(random)).Add(", ").Label(FindingTypes.Address, Writers.Postcode(random) + " " + Person.Pick(random, Pools.Cities)).Line();
        b.Line();
        b.Add("Gesprek op ").Add(Writers.MeetingDate(random)).Add(" met ").Add(client.Title + " ").Label(FindingTypes.PersonName, client.Surname).Add(". ");
        for (var i = 0; i < random.Next(1, 4); i++)
        {
            ChatTemplates.SpecialPhrase(b, random);
            b.Add(" ");
        }

        b.Line();
        b.Line(HardNegatives.Any(random));
        if (random.Next(2) == 0)
        {
            b.Add("Contactpersoon is de dochter, ").Label(FindingTypes.PersonName, Person.Random(random).Full).Add(", ").Label(FindingTypes.Phone, Writers.Mobile(random)).Line(".");
        }

        b.Line();
        b.Add("Notitie: ").Label(FindingTypes.PersonName, worker.Initials).Line();
        return b.Build(id, "case-note");
    }
}
