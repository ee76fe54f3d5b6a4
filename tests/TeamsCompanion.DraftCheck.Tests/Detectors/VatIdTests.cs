namespace TeamsCompanion.DraftCheck.Tests.Detectors;

public class VatIdTests
{
    [Theory]
    [InlineData("Btw-id NL002455799B11", "NL002455799B11", "vat-id.mod97")]
    [InlineData("btw NL000099998B57.", "NL000099998B57", "vat-id.mod97")]
    [InlineData("Omzetbelastingnummer NL123456782B01", "NL123456782B01", "vat-id.elfproef")]
    [InlineData("btw NL 1234.56.782.B01", "NL 1234.56.782.B01", "vat-id.elfproef")]
    public void Vat_numbers_are_found(string text, string expected, string rule)
    {
        var finding = Detect.Single(FindingTypes.VatId, text, expected);
        Assert.Equal(rule, finding.Rule);
        Detect.None(FindingTypes.Bsn, text);
    }

    [Theory]
    [InlineData("btw NL002455799B12")]
    [InlineData("btw NL123456789B01")]
    public void Invalid_vat_numbers_are_not_reported(string text) => Detect.None(FindingTypes.VatId, text);
}
