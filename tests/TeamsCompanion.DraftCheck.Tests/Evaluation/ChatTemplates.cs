namespace TeamsCompanion.DraftCheck.Tests.Evaluation;

/// <summary>Teams chat messages, half of them as the HTML Teams sends.</summary>
internal static class ChatTemplates
{
    public static LabelledDocument Chat(Random random, string id)
    {
        var b = new DocumentBuilder(html: random.Next(2) == 0);
        var colleague = Person.Random(random);
        var citizen = Person.Random(random);
        b.Add(Person.Pick(random, ["Hoi ", "Hi ", "Hallo ", "Beste "])).Label(FindingTypes.PersonName, colleague.First).Add(", ");

        switch (random.Next(8))
        {
            case 0:
                b.Add("kun je even kijken naar de aanvraag van ").Add(citizen.ShortTitle + " ").Label(FindingTypes.PersonName, citizen.Surname)
                    .Add("? BSN ").Label(FindingTypes.Bsn, Writers.Bsn(random, out _)).Add(", hij is bereikbaar op ").Label(FindingTypes.Phone, Writers.Mobile(random)).Add(".");
                break;
            case 1:
                b.Add("de betaling naar ").Label(FindingTypes.Iban, Writers.Iban(random)).Add(" is teruggekomen. ").Add(HardNegatives.Any(random));
                break;
            case 2:
                b.Add("mevrouw ").Label(FindingTypes.PersonName, citizen.Full).Add(" belde, ze is verhuisd naar ").Label(FindingTypes.Address, Writers.Street(random))
                    .Add(" in ").Add(Person.Pick(random, Pools.Cities)).Add(". Nieuw nummer: ").Label(FindingTypes.Phone, Writers.Mobile(random));
                break;
            case 3:
                b.Add("de server op ").Label(FindingTypes.IpAddress, Writers.Ip(random)).Add(" geeft weer fouten. ").Add(HardNegatives.Any(random));
                break;
            case 4:
                b.Add("zie de mail van ").Label(FindingTypes.Email, Writers.PersonalEmail(random, citizen)).Add(" over het overleg van ").Add(Writers.MeetingDate(random)).Add(".");
                break;
            case 5:
                b.Add("ik heb ").Label(FindingTypes.PersonName, citizen.Initials).Add(" gesproken. ").Add(SpecialPhrase(b, random));
                break;
            case 6:
                b.Add("@").Label(FindingTypes.PersonName, citizen.Full).Add(" heeft het stuk al gelezen. ").Add(HardNegatives.Any(random));
                break;
            default:
                b.Add("het kenteken van de melding is ").Label(FindingTypes.LicensePlate, Writers.LicensePlate(random)).Add(". ").Add(HardNegatives.Any(random));
                break;
        }

        b.Add(Person.Pick(random, ["\n\nGroet, ", " Dank! ", "\nThx ", " Alvast bedankt. "]));
        if (random.Next(3) == 0)
        {
            b.Add("\n");
        }

        return b.Build(id, "chat");
    }

    /// <summary>Writes a special-category sentence with its term labelled; returns the empty string to chain.</summary>
    public static string SpecialPhrase(DocumentBuilder b, Random random)
    {
        var (before, term, after) = Person.Pick(random, Pools.SpecialPhrases);
        b.Add(before).Label(FindingTypes.SpecialCategory, term).Add(after);
        return string.Empty;
    }
}
