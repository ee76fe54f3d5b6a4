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

    /// <summary>
    /// Local part and domain are read 16 characters at a time where the processor allows it:
    /// every length around that block, with a non-ASCII letter anywhere (left to the scalar
    /// rule), gives the whole address.
    /// </summary>
    [Fact]
    public void Long_and_non_ascii_parts_are_read_whole()
    {
        for (var length = 1; length <= 40; length++)
        {
            for (var accent = -1; accent < length; accent++)
            {
                var plain = Letters(length, -1, 'x');
                var accented = Letters(length, accent, '\u00e9');
                foreach (var address in new[] { accented + "@" + plain + ".nl", plain + "@" + accented + ".nl" })
                {
                    Detect.Single(FindingTypes.Email, "Mail " + address + ". Groet", address);
                }
            }
        }
    }

    [Theory]
    [InlineData("Ons account @gemeente op X")]
    [InlineData("Het adres jan@localhost werkt niet")]
    [InlineData("Prijs 3 @ 5 euro")]
    [InlineData("Zie (at) de bijlage [at] het eind.")]
    public void Not_an_email(string text) => Detect.None(FindingTypes.Email, text);

    private static string Letters(int length, int accent, char letter) =>
        string.Concat(Enumerable.Range(0, length).Select(k => k == accent ? letter : (char)('b' + (k % 20))));
}
