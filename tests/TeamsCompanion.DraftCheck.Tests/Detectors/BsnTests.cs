namespace TeamsCompanion.DraftCheck.Tests.Detectors;

public class BsnTests
{
    [Theory]
    [InlineData("Het BSN is 111222333.", "111222333")]
    [InlineData("burgerservicenummer: 123456782", "123456782")]
    [InlineData("Mijn nummer is 123 456 782, klopt dat?", "123 456 782")]
    [InlineData("BSN 1234.56.782", "1234.56.782")]
    [InlineData("bsn 123-45-6782", "123-45-6782")]
    [InlineData("sofinummer 12345672 (acht cijfers)", "12345672")]
    public void Valid_bsn_is_found_in_any_grouping(string text, string expected)
    {
        var finding = Detect.Single(FindingTypes.Bsn, text, expected);
        Assert.Equal("•••••" + expected.Where(char.IsAsciiDigit).TakeLast(4).Aggregate("", (s, c) => s + c), finding.Masked);
    }

    [Fact]
    public void Bsn_without_context_is_found_with_lower_confidence()
    {
        var withContext = Detect.Single(FindingTypes.Bsn, "BSN 111222333", "111222333");
        var without = Detect.Single(FindingTypes.Bsn, "Nummer 111222333", "111222333");
        Assert.True(without.Confidence < withContext.Confidence);
    }

    [Theory]
    [InlineData("Zaaknummer 123456789 is in behandeling.")] // fails the 11-proef
    [InlineData("BSN 111222334")] // last digit off by one
    [InlineData("BSN 000000000")] // passes the sum, but is no BSN
    [InlineData("KvK 12345678")]
    [InlineData("De KvK-inschrijving heeft nummer 12345672.")]
    [InlineData("Het bedrag is € 111.222.333 voor het hele project.")]
    [InlineData("Subsidie van 111.222.333,- toegekend.")]
    [InlineData("Kenmerk 1112223330 (tien cijfers)")]
    [InlineData("Volgnummer 12345672 zonder context")] // 8 digits need BSN context
    [InlineData("Zie artikel 1:2 van de Awb en 7:658 BW.")]
    public void Hard_negatives_are_not_a_bsn(string text) => Detect.None(FindingTypes.Bsn, text);

    [Theory]
    [InlineData("zaaknummer 111222333")]
    [InlineData("Factuurnummer 2025-95006 van 4 april.")]
    public void Case_number_that_happens_to_pass_the_elfproef_is_not_a_bsn(string text) => Detect.None(FindingTypes.Bsn, text);

    [Fact]
    public void Bsn_context_wins_over_case_number_context()
    {
        Detect.Single(FindingTypes.Bsn, "Dossier 12: BSN 111222333", "111222333");
    }

    [Fact]
    public void Date_digits_are_not_read_as_an_eight_digit_bsn()
    {
        // 12-03-1980 as digits is 12031980; the date wins even with BSN context nearby.
        Detect.None(FindingTypes.Bsn, "BSN onbekend, datum 12-03-1980");
    }

    [Fact]
    public void Two_bsns_next_to_each_other_are_two_findings()
    {
        var texts = Detect.Texts(FindingTypes.Bsn, "BSN's: 111222333 en 123456782");
        Assert.Equal(["111222333", "123456782"], texts);
    }
}
