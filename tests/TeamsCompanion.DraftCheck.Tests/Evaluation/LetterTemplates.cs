namespace TeamsCompanion.DraftCheck.Tests.Evaluation;

/// <summary>Letters from an organisation to a citizen.</summary>
internal static class LetterTemplates
{
    public static LabelledDocument Letter(Random random, string id)
    {
        var b = new DocumentBuilder(html: false);
        var citizen = Person.Random(random);
        var officer = Person.Random(random);
        var organisation = Person.Pick(random, Pools.Organisations);

        b.Line(char.ToUpperInvariant(organisation[0]) + organisation[1..]);
        b.Add("Postbus ").Add(random.Next(1, 99999).ToString(System.Globalization.CultureInfo.InvariantCulture)).Add(", ")
            .Label(FindingTypes.Address, Writers.Postcode(random) + " " + Person.Pick(random, Pools.Cities)).Line();
        b.Line();
        b.Add(citizen.Title + " ").Label(FindingTypes.PersonName, citizen.Initials).Line();
        b.Label(FindingTypes.Address, Writers.Street(random)).Line();
        b.Label(FindingTypes.Address, Writers.Postcode(random) + " " + Person.Pick(random, Pools.Cities)).Line();
        b.Line();
        b.Add("Datum: ").Line(Writers.MeetingDate(random));
        b.Add("Ons kenmerk: ").Line(Identifiers.NotBsn(random));
        b.Line("Betreft: besluit op uw aanvraag");
        b.Line();
        b.Add(citizen.Salutation + " ").Label(FindingTypes.PersonName, citizen.Surname).Line(",");
        b.Line();
        b.Add("Op ").Add(Writers.MeetingDate(random)).Line(" hebben wij uw aanvraag ontvangen. " + HardNegatives.Any(random));

        switch (random.Next(5))
        {
            case 0:
                b.Add("Wij hebben uw gegevens gecontroleerd. Uw burgerservicenummer is ").Label(FindingTypes.Bsn, Writers.Bsn(random, out _)).Add(" en u bent geboren op ")
                    .Label(FindingTypes.DateOfBirth, Writers.BirthDate(random)).Line(".");
                break;
            case 1:
                b.Add("Wij maken het bedrag over op rekeningnummer ").Label(FindingTypes.Iban, Writers.Iban(random)).Add(" ten name van ")
                    .Label(FindingTypes.PersonName, citizen.Initials).Line(".");
                break;
            case 2:
                b.Add("U heeft zich gelegitimeerd met uw paspoort, documentnummer ").Label(FindingTypes.IdDocument, Writers.DocumentNumber(random))
                    .Line(". " + HardNegatives.Any(random));
                break;
            case 3:
                b.Add("Uw onderneming (btw-nummer ").Label(FindingTypes.VatId, Writers.Vat(random)).Add(") betaalde met creditcard ")
                    .Label(FindingTypes.CreditCard, Writers.Card(random)).Line(". " + HardNegatives.Any(random));
                break;
            default:
                b.Add("De parkeervergunning geldt voor het voertuig met kenteken ").Label(FindingTypes.LicensePlate, Writers.LicensePlate(random))
                    .Line(". " + HardNegatives.Any(random));
                break;
        }

        b.Line();
        b.Line(HardNegatives.Any(random) + " " + HardNegatives.Any(random));
        b.Line();
        b.Add("Heeft u vragen? Bel dan ").Label(FindingTypes.Phone, Writers.Landline(random))
            .Add(" of mail naar ").Label(FindingTypes.Email, Writers.FunctionalEmail(random)).Line(".");
        b.Line();
        b.Line("Met vriendelijke groet,");
        b.Line();
        b.Label(FindingTypes.PersonName, random.Next(2) == 0 ? officer.Full : officer.Initials).Line();
        b.Line(Person.Pick(random, Pools.Functions));
        return b.Build(id, "letter");
    }
}
