namespace TeamsCompanion.DraftCheck.Tests.Detectors;

public class IbanTests
{
    [Theory]
    [InlineData("IBAN NL91ABNA0417164300.", "NL91ABNA0417164300")]
    [InlineData("Rekening NL91 ABNA 0417 1643 00 t.n.v. de gemeente", "NL91 ABNA 0417 1643 00")]
    [InlineData("nl91abna0417164300", "nl91abna0417164300")]
    [InlineData("NL91-ABNA-0417-1643-00", "NL91-ABNA-0417-1643-00")]
    [InlineData("Duitse rekening DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00")]
    [InlineData("UK: GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 32")]
    [InlineData("België BE68539007547034", "BE68539007547034")]
    [InlineData("Noorwegen NO9386011117947", "NO9386011117947")]
    public void Valid_iban_is_found(string text, string expected) => Detect.Single(FindingTypes.Iban, text, expected);

    [Theory]
    [InlineData("IBAN NL92ABNA0417164300")] // wrong check digits
    [InlineData("IBAN NL91 ABNA 0417 1643 01")]
    [InlineData("NL91ABNA041716430")] // one digit short
    public void Iban_with_bad_check_digits_is_not_reported(string text) => Detect.None(FindingTypes.Iban, text);

    [Fact]
    public void Digits_of_an_invalid_dutch_iban_are_not_read_as_a_phone_number()
    {
        var findings = Detect.All("Rekening NL92 ABNA 0417 1643 00");
        Assert.DoesNotContain(findings, f => f.Type is FindingTypes.Phone or FindingTypes.Bsn);
    }
}
