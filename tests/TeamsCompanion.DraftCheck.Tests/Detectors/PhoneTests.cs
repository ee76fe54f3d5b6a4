namespace TeamsCompanion.DraftCheck.Tests.Detectors;

public class PhoneTests
{
    [Theory]
    [InlineData("Bel 0612345678", "0612345678", "mobile")]
    [InlineData("mobiel: 06-12345678", "06-12345678", "mobile")]
    [InlineData("tel. 06 12 34 56 78", "06 12 34 56 78", "mobile")]
    [InlineData("Bel +31 6 12345678", "+31 6 12345678", "mobile")]
    [InlineData("Bel +31 (0)6 1234 5678", "+31 (0)6 1234 5678", "mobile")]
    [InlineData("Bel 0031 6 1234 5678", "0031 6 1234 5678", "mobile")]
    [InlineData("Telefoon (030) 123 45 67", "(030) 123 45 67", "landline")]
    [InlineData("Telefoon 020-1234567", "020-1234567", "landline")]
    [InlineData("Telefoon 0592 123456", "0592 123456", "landline")]
    [InlineData("Bel 088 123 4567", "088 123 4567", "non-geographic")]
    [InlineData("Belgisch nummer +32 470 12 34 56", "+32 470 12 34 56", "international")]
    public void Phone_numbers_are_found(string text, string expected, string subtype)
    {
        var finding = Detect.Single(FindingTypes.Phone, text, expected);
        Assert.Equal(subtype, finding.Subtype);
    }

    [Theory]
    [InlineData("Bel gratis 0800-1234")]
    [InlineData("Bel 0800 0123456")]
    [InlineData("Servicenummer 0900-1234567")]
    [InlineData("Bel 0900 8844")]
    [InlineData("Bel de gemeente via 14 020")]
    [InlineData("Bel 14 0592")]
    [InlineData("Nummer 0661234567")] // 066 is paging
    [InlineData("Kosten 0,12345678 per minuut")]
    [InlineData("Bel 06-1234567")] // one digit short
    public void Service_and_malformed_numbers_are_not_reported(string text) => Detect.None(FindingTypes.Phone, text);
}
