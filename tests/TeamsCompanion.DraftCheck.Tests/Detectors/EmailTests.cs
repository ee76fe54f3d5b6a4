namespace TeamsCompanion.DraftCheck.Tests.Detectors;

public class EmailTests
{
    [Theory]
    [InlineData("Mail jan.jansen@utrecht.nl.", "jan.jansen@utrecht.nl")]
    [InlineData("(f.el-amrani@minbzk.nl)", "f.el-amrani@minbzk.nl")]
    [InlineData("naar p.de.vries+woo@gemeente-amersfoort.nl, graag", "p.de.vries+woo@gemeente-amersfoort.nl")]
    public void Personal_address_is_found(string text, string expected)
    {
        var finding = Detect.Single(FindingTypes.Email, text, expected);
        Assert.True(finding.IsPersonal);
        Assert.True(finding.Confidence > 0.9);
        Assert.EndsWith(expected[expected.IndexOf('@')..], finding.Masked, StringComparison.Ordinal);
        Assert.DoesNotContain(expected[1..expected.IndexOf('@')], finding.Masked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mail j.jansen [at] utrecht.nl graag.", "j.jansen [at] utrecht.nl")]
    [InlineData("Mail j.jansen(at)utrecht.nl graag.", "j.jansen(at)utrecht.nl")]
    [InlineData("Mail j.jansen[@]utrecht.nl graag.", "j.jansen[@]utrecht.nl")]
    [InlineData("Mail j.jansen {AT} utrecht.nl graag.", "j.jansen {AT} utrecht.nl")]
    public void Spelled_out_at_sign_is_found(string text, string expected)
    {
        var finding = Detect.Single(FindingTypes.Email, text, expected);
        Assert.Equal("email.obfuscated", finding.Rule);
    }

    [Theory]
    [InlineData("Vragen? info@utrecht.nl", "info@utrecht.nl")]
    [InlineData("Meld het bij servicedesk@rijksoverheid.nl", "servicedesk@rijksoverheid.nl")]
    public void Functional_mailbox_is_not_personal(string text, string expected)
    {
        var finding = Detect.Single(FindingTypes.Email, text, expected);
        Assert.False(finding.IsPersonal);
        Assert.True(finding.Confidence < 0.5);
    }

    [Theory]
    [InlineData("Ons account @gemeente op X")]
    [InlineData("Het adres jan@localhost werkt niet")]
    [InlineData("Prijs 3 @ 5 euro")]
    [InlineData("Zie (at) de bijlage [at] het eind.")]
    public void Not_an_email(string text) => Detect.None(FindingTypes.Email, text);
}
