namespace TeamsCompanion.DraftCheck.Tests.Detectors;

public class AddressTests
{
    [Theory]
    [InlineData("Hij woont op Kerkstraat 12a in het centrum.", "Kerkstraat 12a")]
    [InlineData("Adres: Burgemeester de Withstraat 4-II", "Burgemeester de Withstraat 4-II")]
    [InlineData("Bezoek ons aan de Laan van Meerdervoort 112.", "Laan van Meerdervoort 112")]
    [InlineData("Zij woont aan de Lange Voorhout 9 sinds 2019.", "Lange Voorhout 9")]
    [InlineData("Post naar 3511 AB Utrecht sturen.", "3511 AB Utrecht")]
    [InlineData("Postcode 2595AA, huisnummer volgt.", "2595AA")]
    [InlineData("Op 1234 AB 56 is niemand thuis.", "1234 AB 56")]
    [InlineData("Verhuisd naar 5211 AB 's-Hertogenbosch.", "5211 AB 's-Hertogenbosch")]
    [InlineData("Woonplaats 2400 AA Alphen aan den Rijn.", "2400 AA Alphen aan den Rijn")]
    [InlineData("Adres 2511 BT Den Haag", "2511 BT Den Haag")]
    public void Addresses_are_found(string text, string expected) => Detect.Single(FindingTypes.Address, text, expected);

    [Fact]
    public void Street_without_suffix_is_an_address_in_an_address_block()
    {
        var texts = Detect.Texts(FindingTypes.Address, "mevrouw A. Smit\nNeude 11a\n3512 AB Utrecht");
        Assert.Equal(["Neude 11a", "3512 AB Utrecht"], texts);
    }

    [Fact]
    public void Street_without_suffix_outside_an_address_block_needs_a_cue()
    {
        Detect.None(FindingTypes.Address, "We zien elkaar bij Neude 11 om tien uur.");
        Detect.Single(FindingTypes.Address, "Zij is verhuisd naar Neude 11 in Utrecht.", "Neude 11");
    }

    [Fact]
    public void Street_line_and_postcode_line_are_two_findings()
    {
        var texts = Detect.Texts(FindingTypes.Address, "Kerkstraat 12\n3511 AB Utrecht");
        Assert.Equal(["Kerkstraat 12", "3511 AB Utrecht"], texts);
    }

    [Theory]
    [InlineData("Gebruik 500 mg per dag.")]
    [InlineData("Postcode 1234 SS bestaat niet.")]
    [InlineData("Code 1234 SA en 1234 SD zijn niet uitgegeven.")]
    [InlineData("Zie hoofdstuk 12 en Bijlage 3.")]
    [InlineData("In 2024 EN daarna.")]
    [InlineData("Het Participatiewet 2015 regime")]
    public void Not_an_address(string text) => Detect.None(FindingTypes.Address, text);
}
