namespace TeamsCompanion.DraftCheck.Tests.Detectors;

public class SpecialCategoryTests
{
    [Theory]
    [InlineData("Zij is sinds maart ziekgemeld.", "ziekgemeld", "health")]
    [InlineData("Hij heeft een burn-out.", "burn-out", "health")]
    [InlineData("Ze is zwanger van haar tweede kind.", "zwanger", "health")]
    [InlineData("Hij gaat elke vrijdag naar de moskee.", "moskee", "religion")]
    [InlineData("She is Jewish.", "Jewish", "religion")]
    [InlineData("Aanvrager is van Marokkaanse achtergrond.", "Marokkaanse achtergrond", "ethnicity")]
    [InlineData("Hij is lid van de PVV.", "lid van de PVV", "political-opinion")]
    [InlineData("Zij is al jaren vakbondslid.", "vakbondslid", "union-membership")]
    [InlineData("Hij is homoseksueel.", "homoseksueel", "sexual-orientation")]
    [InlineData("Betrokkene heeft een strafblad.", "strafblad", "criminal-record")]
    [InlineData("He was convicted in 2019.", "convicted", "criminal-record")]
    public void Terms_are_found_with_their_category(string text, string expected, string category)
    {
        var finding = Detect.Single(FindingTypes.SpecialCategory, text, expected);
        Assert.Equal(category, finding.Subtype);
    }

    [Theory]
    [InlineData("De Kerkstraat is afgesloten.")]
    [InlineData("Het rasterwerk is vervangen.")]
    [InlineData("Wij begroeten u graag.")]
    public void Words_that_only_start_like_a_term_are_not_found(string text) => Detect.None(FindingTypes.SpecialCategory, text);
}
