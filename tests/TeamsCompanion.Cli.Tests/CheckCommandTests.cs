using System.Text.Json.Nodes;

namespace TeamsCompanion.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private const string Letter = "Geachte mevrouw De Vries,\n\nUw BSN is 111222333 en uw IBAN NL91 ABNA 0417 1643 00.\n\nMet vriendelijke groet,\nJan Jansen\n";
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void ALetterWithPersonalDataIsReportedWithMaskedValuesAndExitCode1()
    {
        var run = CliRun.Of("check", temp.File("brief.txt", Letter));

        Assert.Equal(1, run.Exit);
        Assert.Contains("BSN •••••2333", run.Output, StringComparison.Ordinal);
        Assert.Contains("IBAN", run.Output, StringComparison.Ordinal);
        Assert.Contains("naam", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("111222333", run.Output, StringComparison.Ordinal);
        Assert.Contains("regel 3, kolom 11", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ACleanDraftExitsWith0()
    {
        var run = CliRun.Of("check", temp.File("memo.md", "# Overleg\n\nWe bespreken het nieuwe beleid op dinsdag.\n"));

        Assert.Equal(0, run.Exit);
        Assert.Contains("Geen persoonsgegevens gevonden.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingDisclosureForCitizensCountsAsAFindingWithThePacksSuggestion()
    {
        var draft = temp.File("bericht.txt", "Beste inwoner, de afvalinzameling verandert per 1 januari.\n");

        var run = CliRun.Of("check", draft, "--audience", "citizens", "--ai-used", "yes", "--lang", "en");

        Assert.Equal(1, run.Exit);
        Assert.Contains("No AI disclosure", run.Output, StringComparison.Ordinal);
        Assert.Contains("Suggestion: This text was made with the help of AI", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnreadableFileIsAnErrorButTheOtherFilesAreStillChecked()
    {
        var good = temp.File("goed.txt", Letter);

        var run = CliRun.Of("check", temp.PathOf("bestaat-niet.txt"), temp.File("plaatje.png", [1, 2, 3]), good);

        Assert.Equal(2, run.Exit);
        Assert.Contains("bestaat-niet.txt: bestand niet gevonden", run.Errors, StringComparison.Ordinal);
        Assert.Contains("unknown format '.png'", run.Errors, StringComparison.Ordinal);
        Assert.Contains($"== {good}", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonOutputHasTheContractFieldsAndOffsetsIntoTheText()
    {
        var file = temp.File("brief.txt", Letter);

        var run = CliRun.Of("check", file, "--format", "json");

        var result = JsonNode.Parse(run.Output)!.AsArray().Single()!;
        Assert.Equal(file, (string?)result["file"]);
        var bsn = result["findings"]!.AsArray().Single(f => (string?)f!["type"] == "bsn")!;
        Assert.Equal("111222333", Letter.Substring((int)bsn["start"]!, (int)bsn["length"]!));
        Assert.Equal(["type", "start", "length", "confidence", "masked", "rule"], bsn.AsObject().Select(p => p.Key));
        Assert.Equal(["present", "leftovers", "verdict", "suggestion"], result["disclosure"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void HtmlIsCheckedAsTeamsSendsItWithOffsetsIntoTheHtml()
    {
        const string html = "<p>Hoi,</p><p>BSN&nbsp;111&#8203;222333 graag controleren.</p>";
        var run = CliRun.Of("check", temp.File("bericht.html", html), "--format", "json");

        var bsn = JsonNode.Parse(run.Output)!.AsArray().Single()!["findings"]!.AsArray().Single(f => (string?)f!["type"] == "bsn")!;
        Assert.StartsWith("111", html.Substring((int)bsn["start"]!, (int)bsn["length"]!), StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8IsReadWithAWarningAndBinaryJunkIsRefused()
    {
        var latin1 = System.Text.Encoding.Latin1.GetBytes("Café: BSN 111222333\n");
        var junk = new byte[4096];
        new Random(42).NextBytes(junk);
        junk[100] = 0;

        var text = CliRun.Of("check", temp.File("oud.txt", latin1));
        var binary = CliRun.Of("check", temp.File("junk.txt", junk));

        Assert.Equal(1, text.Exit);
        Assert.Contains("geen geldige UTF-8", text.Output, StringComparison.Ordinal);
        Assert.Equal(2, binary.Exit);
        Assert.Contains("binair bestand", binary.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void TooLongATextIsNotCheckedAndSaysWhichSettingCaps()
    {
        var run = CliRun.Of("check", temp.File("lang.txt", new string('a', 5000)), "--max-chars", "1000");

        Assert.Equal(2, run.Exit);
        Assert.Contains("--max-chars", run.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--audience", "iedereen")]
    [InlineData("--ai-used", "misschien")]
    [InlineData("--format", "xml")]
    public void ABadOptionValueIsAUsageError(string option, string value)
    {
        var run = CliRun.Of("check", temp.File("a.txt", "x"), option, value);

        Assert.Equal(2, run.Exit);
        Assert.Contains($"{option.TrimStart('-')} must be", run.Errors, StringComparison.Ordinal);
        Assert.Contains($"'{value}'", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownFlagIsAUsageErrorNotIgnored()
    {
        var run = CliRun.Of("check", temp.File("a.txt", "x"), "--json");

        Assert.Equal(2, run.Exit);
        Assert.Contains("unknown option --json", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void RedactPrintsPlaceholdersAndKeepsEverythingElse()
    {
        var run = CliRun.Of("redact", temp.File("brief.txt", Letter));

        Assert.Equal(0, run.Exit);
        Assert.Contains("Uw BSN is [BSN] en uw IBAN [IBAN].", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("111222333", run.Output, StringComparison.Ordinal);
        Assert.StartsWith("Geachte mevrouw ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void PolicyValidateSaysValidOrListsFileAndLine()
    {
        var good = CliRun.Of("policy", "validate", Path.Combine(AppContext.BaseDirectory, "policy", "default"));
        File.WriteAllText(temp.PathOf("pack.yaml"), "id: x\nversion: \"1\"\n");
        var bad = CliRun.Of("policy", "validate", temp.Directory.FullName);

        Assert.Equal(0, good.Exit);
        Assert.Contains("geldig / valid", good.Output, StringComparison.Ordinal);
        Assert.Equal(2, bad.Exit);
        Assert.Contains("pack.yaml:1: 'organisation' is missing", bad.Errors, StringComparison.Ordinal);
    }
}
