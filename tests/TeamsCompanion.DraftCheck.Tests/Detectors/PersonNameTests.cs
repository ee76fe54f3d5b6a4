namespace TeamsCompanion.DraftCheck.Tests.Detectors;

public class PersonNameTests
{
    [Theory]
    [InlineData("Geachte mevrouw De Vries,", "De Vries", "person-name.title")]
    [InlineData("Geachte heer Van der Berg,", "Van der Berg", "person-name.title")]
    [InlineData("Het gesprek met dhr. Bakkali is verzet.", "Bakkali", "person-name.title")]
    [InlineData("Het gesprek met mw. J.P. van den Heuvel-Öztürk is verzet.", "J.P. van den Heuvel-Öztürk", "person-name.title")]
    [InlineData("Beste Tjitske,", "Tjitske", "person-name.salutation")]
    [InlineData("Hoi Kwame, kun je even kijken?", "Kwame", "person-name.salutation")]
    [InlineData("Dear Ms. Okonkwo,", "Okonkwo", "person-name.title")]
    [InlineData("Ik heb collega Ruud Wijngaarde gevraagd.", "Ruud Wijngaarde", "person-name.role")]
    [InlineData("Zoals afgesproken met @Femke Dijkstra in het kanaal.", "Femke Dijkstra", "person-name.mention")]
    [InlineData("Het dossier van A. el Idrissi ligt klaar.", "A. el Idrissi", "person-name.initials")]
    [InlineData("Het dossier van Fatima Tahiri ligt klaar.", "Fatima Tahiri", "person-name.lists")]
    [InlineData("Het dossier ligt bij Mehmet Karaca.", "Mehmet Karaca", "person-name.first-name")]
    [InlineData("Zoals Lodewijk Kromodimedjo al zei.", "Lodewijk Kromodimedjo", "person-name.surname")]
    [InlineData("Sanne belt u morgen terug.", "Sanne", "person-name.first-name-only")]
    [InlineData("Van: Wiebe Zijlstra <w.zijlstra@zwolle.nl>", "Wiebe Zijlstra", "person-name.header")]
    [InlineData("Verslag\nAanwezig: Hidde Boateng", "Hidde Boateng", "person-name.header")]
    [InlineData("Gesprek met mevrouw Hoogeveen over de aanvraag.", "Hoogeveen", "person-name.title")] // a town, but after a title a surname
    [InlineData("Dossier van DHR. CROES afronden.", "CROES", "person-name.title")]
    [InlineData("Ik heb met Mei-Ling Groeneveld gebeld.", "Mei-Ling Groeneveld", "person-name.capitalised-pair")]
    [InlineData("Contactpersoon is de dochter, Ilias Kuipers, bereikbaar.", "Ilias Kuipers", "person-name.role")]
    public void Names_are_found(string text, string expected, string rule)
    {
        var finding = Detect.Single(FindingTypes.PersonName, text, expected);
        Assert.Equal(rule, finding.Rule);
    }

    [Theory]
    [InlineData("Met vriendelijke groet,")]
    [InlineData("Met vriendelijke groeten,")]
    [InlineData("Hartelijke groet")]
    [InlineData("Groet,")]
    [InlineData("M.v.g.")]
    [InlineData("Kind regards,")]
    public void Name_on_the_line_after_a_closing_is_a_signature(string closing)
    {
        var text = "Tot dan.\n\n" + closing + "\n\nWiebe Zijlstra\nTeam Vergunningen";
        var finding = Detect.Single(FindingTypes.PersonName, text, "Wiebe Zijlstra");
        Assert.Equal("person-name.signature", finding.Rule);
    }

    [Theory]
    [InlineData("Geachte heer/mevrouw,")]
    [InlineData("Beste collega's,")]
    [InlineData("De Gemeente Utrecht en het Ministerie van Financiën overleggen.")]
    [InlineData("Ben je morgen op kantoor?")]
    [InlineData("Wil je de stukken sturen?")]
    [InlineData("Met vriendelijke groet,\n\nTeam Vergunningen")]
    [InlineData("Zie Bijlage B. Daarna volgt het besluit.")]
    [InlineData("Het ING-rapport en de ING Bank.")]
    [InlineData("Geachte raadsleden,")]
    [InlineData("Zij werkt bij de Albert Heijn in het centrum.")] // people take no article
    [InlineData("Het verslag staat in Landelijke Voorziening en Digitale Overheid.")] // noun suffixes
    [InlineData("We gaan met de trein naar Bergen op Zoom.")] // a place
    [InlineData("De Consulent Werk en Inkomen belt terug.")] // a job title, not a role cue
    [InlineData("Ons contactpersoon. Mail de stukken.")] // a role word ending a sentence
    public void Not_a_name(string text) => Detect.None(FindingTypes.PersonName, text);
}
