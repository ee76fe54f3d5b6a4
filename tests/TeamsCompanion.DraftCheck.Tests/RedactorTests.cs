namespace TeamsCompanion.DraftCheck.Tests;

public class RedactorTests
{
    [Fact]
    public void Findings_are_replaced_and_everything_else_is_kept()
    {
        const string text = "Geachte mevrouw Bakker,\r\n\tUw BSN 111222333 en IBAN NL91ABNA0417164300 — tel. 06-12345678 😀.";
        var redacted = Redactor.Redact(text, Detect.All(text));
        Assert.Equal("Geachte mevrouw [naam],\r\n\tUw BSN [BSN] en IBAN [IBAN] — tel. [telefoonnummer] 😀.", redacted);
    }

    [Fact]
    public void Hidden_characters_inside_a_finding_disappear_with_it_and_outside_it_stay()
    {
        const string text = "\u200BBSN 111\u200B222333\u00A0ok";
        Assert.Equal("\u200BBSN [BSN]\u00A0ok", Redactor.Redact(text, Detect.All(text)));
    }

    [Theory]
    [InlineData(FindingTypes.Bsn, "[BSN]")]
    [InlineData(FindingTypes.Iban, "[IBAN]")]
    [InlineData(FindingTypes.Phone, "[telefoonnummer]")]
    [InlineData(FindingTypes.Email, "[e-mail]")]
    [InlineData(FindingTypes.Address, "[adres]")]
    [InlineData(FindingTypes.DateOfBirth, "[geboortedatum]")]
    [InlineData(FindingTypes.IdDocument, "[documentnummer]")]
    [InlineData(FindingTypes.LicensePlate, "[kenteken]")]
    [InlineData(FindingTypes.VatId, "[btw-nummer]")]
    [InlineData(FindingTypes.CreditCard, "[creditcard]")]
    [InlineData(FindingTypes.IpAddress, "[IP-adres]")]
    [InlineData(FindingTypes.PersonName, "[naam]")]
    [InlineData(FindingTypes.SpecialCategory, "[bijzonder persoonsgegeven]")]
    public void Every_type_has_its_placeholder(string type, string placeholder)
    {
        var finding = new Finding(type, null, 2, 3, "•••••", 1, "test");
        Assert.Equal("ab" + placeholder + "fg", Redactor.Redact("abcdefg", [finding]));
    }

    [Fact]
    public void Overlapping_and_out_of_range_findings_do_not_corrupt_the_text()
    {
        Finding[] findings =
        [
            new(FindingTypes.Bsn, null, 4, 4, "x", 1, "a"),
            new(FindingTypes.Phone, null, 0, 6, "x", 1, "b"),
            new(FindingTypes.Email, null, 8, 50, "x", 1, "c"),
            new(FindingTypes.Email, null, -1, 2, "x", 1, "d"),
        ];
        Assert.Equal("[telefoonnummer]ghij", Redactor.Redact("abcdefghij", findings));
    }

    [Fact]
    public void Text_without_findings_is_returned_unchanged()
    {
        const string text = "Niets te zien hier.";
        Assert.Same(text, Redactor.Redact(text, []));
    }
}
