namespace TeamsCompanion.DraftCheck.Tests;

/// <summary>Hidden or mangled identifiers are found, and offsets point into the original text.</summary>
public class EvasionTests
{
    [Theory]
    [InlineData("BSN 111\u200B222\u200C333 graag")] // zero-width space and non-joiner
    [InlineData("BSN 111\u00AD222\u00AD333 graag")] // soft hyphens
    [InlineData("BSN 111\u00A0222\u00A0333 graag")] // non-breaking spaces
    [InlineData("BSN 111\u202F222\u2009333 graag")] // narrow and thin spaces
    [InlineData("BSN \uFF11\uFF11\uFF11\uFF12\uFF12\uFF12\uFF13\uFF13\uFF13 graag")] // fullwidth digits
    [InlineData("BSN \u0661\u0661\u0661\u0662\u0662\u0662\u0663\u0663\u0663 graag")] // Arabic-Indic digits
    [InlineData("BSN \u0967\u0967\u0967\u0968\u0968\u0968\u0969\u0969\u0969 graag")] // Devanagari digits
    [InlineData("BSN 111 - 222 - 333 graag")]
    [InlineData("BSN 111.222.333 graag")]
    [InlineData("BSN 1112\n22333 graag")] // broken over a line
    [InlineData("BSN 1112\r\n22333 graag")]
    [InlineData("BSN 1112-\n22333 graag")]
    [InlineData("BSN 111\u2011222\u2011333 graag")] // non-breaking hyphen
    public void Hidden_bsn_is_found_with_original_offsets(string text)
    {
        var finding = Assert.Single(Detect.Of(FindingTypes.Bsn, text));
        Assert.Equal(4, finding.Start);
        Assert.Equal(text.IndexOf(" graag", StringComparison.Ordinal), finding.End);
        Assert.Equal("•••••2333", finding.Masked);
    }

    [Fact]
    public void Bsn_in_teams_html_maps_back_to_the_original_markup()
    {
        const string html = "<p>Het BSN is&nbsp;<b>111</b>&#8203;222&#x200b;333</p><p>Groet</p>";
        var finding = Assert.Single(Detect.Of(FindingTypes.Bsn, html));
        Assert.Equal("111</b>&#8203;222&#x200b;333", html.Substring(finding.Start, finding.Length));
    }

    [Fact]
    public void Html_entities_for_digits_are_decoded()
    {
        const string html = "BSN &#49;&#49;&#49;222333.";
        var finding = Assert.Single(Detect.Of(FindingTypes.Bsn, html));
        Assert.Equal(4, finding.Start);
        Assert.Equal("&#49;&#49;&#49;222333", html.Substring(finding.Start, finding.Length));
    }

    [Fact]
    public void Br_tags_separate_lines_so_a_signature_is_still_found()
    {
        const string html = "<p>Met vriendelijke groet,<br>Wiebe Zijlstra<br>Team Vergunningen</p>";
        var finding = Assert.Single(Detect.Of(FindingTypes.PersonName, html));
        Assert.Equal("Wiebe Zijlstra", html.Substring(finding.Start, finding.Length));
    }

    [Fact]
    public void Iban_with_zero_width_joiners_and_fullwidth_letters_is_found()
    {
        const string text = "IBAN \uFF2E\uFF2C91 AB\u200DNA 0417 1643 00.";
        var finding = Assert.Single(Detect.Of(FindingTypes.Iban, text));
        Assert.Equal(5, finding.Start);
        Assert.Equal(text.Length - 1, finding.End);
    }

    [Fact]
    public void Email_split_by_zero_width_space_is_found_whole()
    {
        const string text = "Mail j.jansen\u200B@utrecht.nl nu";
        var finding = Assert.Single(Detect.Of(FindingTypes.Email, text));
        Assert.Equal("j.jansen\u200B@utrecht.nl", text.Substring(finding.Start, finding.Length));
    }

    [Fact]
    public void Astral_digits_are_read_as_digits_and_keep_both_code_units()
    {
        // Mathematical bold digits are surrogate pairs.
        var digits = string.Concat("111222333".Select(c => char.ConvertFromUtf32(0x1D7CE + (c - '0'))));
        var text = "BSN " + digits + ".";
        var finding = Assert.Single(Detect.Of(FindingTypes.Bsn, text));
        Assert.Equal(4, finding.Start);
        Assert.Equal(18, finding.Length);
    }
}
