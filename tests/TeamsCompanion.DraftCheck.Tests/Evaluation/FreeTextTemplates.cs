namespace TeamsCompanion.DraftCheck.Tests.Evaluation;

/// <summary>
/// Loose notes and minutes written the way people really type: names mid-sentence without a
/// title, dates before the word "geboren", capitals, obfuscated addresses, lists of people.
/// Some of these the engine is expected to miss; that is the point of including them.
/// </summary>
internal static class FreeTextTemplates
{
    public static LabelledDocument Notes(Random random, string id)
    {
        var b = new DocumentBuilder(html: random.Next(3) == 0);
        b.Line(Person.Pick(random, ["Aantekeningen overleg", "Verslag teamoverleg", "Notities spreekuur", "Actielijst"]));
        b.Add("Aanwezig: ");
        var attendees = random.Next(2, 5);
        for (var i = 0; i < attendees; i++)
        {
            var person = Person.Random(random);
            b.Label(FindingTypes.PersonName, random.Next(2) == 0 ? person.Full : person.Initials).Add(i < attendees - 1 ? ", " : "\n");
        }

        b.Line();
        for (var sentence = 0; sentence < random.Next(3, 7); sentence++)
        {
            Sentence(b, random);
            b.Add(random.Next(3) == 0 ? "\n" : " ");
        }

        b.Line();
        b.Line(HardNegatives.Any(random));
        return b.Build(id, "notes");
    }

    private static void Sentence(DocumentBuilder b, Random random)
    {
        var person = Person.Random(random);
        switch (random.Next(16))
        {
            case 0:
                b.Add("Ik heb vanmorgen met ").Label(FindingTypes.PersonName, person.Full).Add(" gebeld over de stand van zaken.");
                break;
            case 1:
                b.Add("Heb je ").Label(FindingTypes.PersonName, person.First).Add(" al gesproken over het bezwaar?");
                break;
            case 2:
                b.Add("De aanvrager is op ").Label(FindingTypes.DateOfBirth, Writers.BirthDate(random)).Add(" geboren en woont sinds kort in ").Add(Person.Pick(random, Pools.Cities)).Add(".");
                break;
            case 3:
                b.Add("Het adres is ").Label(FindingTypes.Address, Writers.Street(random)).Add(", ").Add(Person.Pick(random, Pools.Cities)).Add(".");
                break;
            case 4:
                b.Add("Dossier van DHR. ").Label(FindingTypes.PersonName, person.Last.ToUpperInvariant()).Add(" graag vandaag afronden.");
                break;
            case 5:
                b.Add("Zijn dochter ").Label(FindingTypes.PersonName, person.First).Add(" (").Label(FindingTypes.Phone, Writers.Mobile(random)).Add(") is de contactpersoon.");
                break;
            case 6:
                b.Add("Mail eventueel naar ").Label(FindingTypes.Email, person.EmailLocal(random) + "@" + Person.Pick(random, Pools.Domains)).Add(" of bel ").Label(FindingTypes.Phone, Writers.Landline(random)).Add(".");
                break;
            case 7:
                b.Add("Beste allemaal, het overleg met team Financiën is verplaatst naar ").Add(Writers.MeetingDate(random)).Add(".");
                break;
            case 8:
                b.Add("Hoi team, ").Add(HardNegatives.Any(random));
                break;
            case 9:
                b.Add("Volgens ").Label(FindingTypes.PersonName, person.Full).Add(" is het BSN ").Label(FindingTypes.Bsn, Writers.Bsn(random, out _)).Add(" niet juist geregistreerd.");
                break;
            case 10:
                b.Add("Actie: ").Label(FindingTypes.PersonName, person.First).Add(" stuurt de brief voor vrijdag.");
                break;
            case 11:
                b.Add(Person.Pick(random, ["Mevrouw is ", "Meneer is ", "Zij is ", "Hij is "]));
                ChatTemplates.SpecialPhrase(b, random);
                break;
            case 12:
                b.Add("De melder rijdt in een auto met kenteken ").Label(FindingTypes.LicensePlate, Writers.LicensePlate(random).ToLowerInvariant() is var plate && random.Next(3) == 0 ? plate : Writers.LicensePlate(random)).Add(".");
                break;
            case 13:
                b.Add("Dit is besproken met de Raad van State en de Autoriteit Persoonsgegevens. ").Add(HardNegatives.Any(random));
                break;
            case 14 when random.Next(2) == 0:
                b.Add("Contact via ").Label(FindingTypes.PersonName, person.First).Add(" ").Add(HardNegatives.Any(random));
                break;
            case 14:
                b.Add("Reageren kan via ").Label(FindingTypes.Email, person.EmailLocal(random) + Person.Pick(random, [" [at] ", "(at)", " (at) ", "[@]"]) + Person.Pick(random, Pools.Domains)).Add(".");
                break;
            default:
                b.Add("Zoals ").Label(FindingTypes.PersonName, person.Initials).Add(" al zei: ").Add(HardNegatives.Any(random));
                break;
        }
    }
}
