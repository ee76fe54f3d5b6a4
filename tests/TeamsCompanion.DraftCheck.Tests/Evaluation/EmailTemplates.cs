namespace TeamsCompanion.DraftCheck.Tests.Evaluation;

/// <summary>Internal and external e-mails.</summary>
internal static class EmailTemplates
{
    public static LabelledDocument Email(Random random, string id)
    {
        var b = new DocumentBuilder(html: random.Next(4) == 0);
        var sender = Person.Random(random);
        var recipient = Person.Random(random);
        var citizen = Person.Random(random);

        b.Add("Van: ").Label(FindingTypes.PersonName, sender.Full).Add(" <").Label(FindingTypes.Email, Writers.PersonalEmail(random, sender)).Line(">");
        b.Add("Aan: ").Label(FindingTypes.Email, Writers.PersonalEmail(random, recipient)).Line();
        b.Line("Onderwerp: " + Person.Pick(random, ["dossier", "terugbelverzoek", "vraag over uitkering", "Woo-verzoek", "melding openbare ruimte"]));
        b.Line();
        if (random.Next(2) == 0)
        {
            b.Add("Beste ").Label(FindingTypes.PersonName, recipient.First).Line(",");
        }
        else
        {
            b.Line("Beste collega's,");
        }

        b.Line();
        switch (random.Next(6))
        {
            case 0:
                b.Add("Aanvrager ").Label(FindingTypes.PersonName, citizen.Full).Add(", geboren op ").Label(FindingTypes.DateOfBirth, Writers.BirthDate(random))
                    .Add(", woont aan de ").Label(FindingTypes.Address, Writers.Street(random)).Add(", ").Label(FindingTypes.Address, Writers.Postcode(random) + " " + Person.Pick(random, Pools.Cities)).Line(".");
                b.Line(HardNegatives.Any(random));
                break;
            case 1:
                b.Add("Het rijbewijsnummer van ").Add(citizen.Title + " ").Label(FindingTypes.PersonName, citizen.Surname).Add(" is ")
                    .Label(FindingTypes.IdDocument, "5" + Identifiers.Digits(random, 9)).Line(". Graag de registratie aanpassen.");
                break;
            case 2:
                b.Add("De ondernemer heeft btw-nummer ").Label(FindingTypes.VatId, Writers.Vat(random)).Add(" en ").Line(HardNegatives.Any(random));
                b.Add("Betaling ging per creditcard ").Label(FindingTypes.CreditCard, Writers.Card(random)).Line(", graag terugboeken.");
                break;
            case 3:
                b.Add("Ik sprak ").Add(citizen.ShortTitle + " ").Label(FindingTypes.PersonName, citizen.Initials).Add(". ");
                ChatTemplates.SpecialPhrase(b, random);
                b.Line();
                b.Add("Telefoon: ").Label(FindingTypes.Phone, Writers.Mobile(random)).Line();
                break;
            case 4:
                b.Add("Kun je het ID-kaartnummer ").Label(FindingTypes.IdDocument, Writers.DocumentNumber(random)).Add(" controleren? Het BSN is ")
                    .Label(FindingTypes.Bsn, Writers.Bsn(random, out _)).Line(".");
                b.Line(HardNegatives.Any(random));
                break;
            default:
                b.Line(HardNegatives.Any(random) + " " + HardNegatives.Any(random));
                b.Line(HardNegatives.Any(random));
                break;
        }

        b.Line();
        b.Line(Person.Pick(random, ["Met vriendelijke groet,", "Groet,", "Vriendelijke groet,", "Hartelijke groet,"]));
        b.Line();
        b.Label(FindingTypes.PersonName, sender.Full).Line();
        b.Line(Person.Pick(random, Pools.Functions));
        b.Add("T ").Label(FindingTypes.Phone, Writers.Mobile(random)).Line();
        return b.Build(id, "email");
    }

    public static LabelledDocument EnglishEmail(Random random, string id)
    {
        var b = new DocumentBuilder(html: false);
        var person = Person.Random(random);
        var officer = Person.Random(random);
        b.Add(Person.Pick(random, ["Dear Ms. ", "Dear Mr. "])).Label(FindingTypes.PersonName, person.Last).Line(",");
        b.Line();
        b.Add("Thank you for your message. We received your application and your date of birth, ").Label(FindingTypes.DateOfBirth, Writers.BirthDate(random))
            .Line(", has been registered. " + HardNegatives.Any(random));
        b.Add("Please call ").Label(FindingTypes.Phone, Writers.Landline(random)).Add(" or write to ").Label(FindingTypes.Email, Writers.PersonalEmail(random, officer)).Line(".");
        b.Line();
        b.Line("Kind regards,");
        b.Label(FindingTypes.PersonName, officer.Full).Line();
        return b.Build(id, "email-en");
    }
}
