using TeamsCompanion.Guidance.Packs;
using TeamsCompanion.Guidance.Search;

namespace TeamsCompanion.Guidance.Tests;

public sealed class GuidanceSearchTests
{
    private static readonly PolicyPack Pack = PolicyPackLoader.Load(PackFolder.DefaultPack);
    private static readonly GuidanceSearch Search = new(Pack);

    [Theory]
    [InlineData("Mag ik persoonsgegevens in een prompt zetten?")]
    [InlineData("wat zegt de AVG over AI")]
    [InlineData("privacy")]
    [InlineData("Can I put personal data in a prompt?")]
    public void QuestionsAboutPersonalDataFindThePersonalDataRule(string question)
    {
        var result = Search.Search(question);

        Assert.False(result.IsWeak);
        Assert.Contains(result.Hits, h => h.Item.Id.Contains("persoonsgegevens", StringComparison.Ordinal));
        Assert.InRange(result.Hits.Count, 1, 3);
    }

    [Fact]
    public void CaseDiacriticsAndInflectionDoNotMatter()
    {
        var plain = Search.Search("vooroordelen in antwoorden");
        var shouted = Search.Search("VOOROORDEEL IN ANTWOORD");

        Assert.Contains(plain.Hits, h => h.Item.Id == "tip-let-op-vooroordelen");
        Assert.Equal(plain.Hits.Select(h => h.Item.Id).First(), shouted.Hits.Select(h => h.Item.Id).First());
    }

    [Fact]
    public void ASynonymFindsAnItemThatUsesAnotherWord()
    {
        var result = Search.Search("bias");

        Assert.Contains(result.Hits, h => h.Item.Id == "tip-let-op-vooroordelen");
    }

    [Fact]
    public void AMultiWordSynonymCountsAsAMatchOfItsWords()
    {
        var result = Search.Search("what to do about a data breach");

        Assert.False(result.IsWeak);
        Assert.Contains(result.Hits, h => h.Item.Text.Nl.Contains("datalek", StringComparison.OrdinalIgnoreCase) || h.Item.Title.Nl.Contains("datalek", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Hoe laat gaat de kantine open?")]
    [InlineData("xyzzy plugh")]
    [InlineData("")]
    public void AQuestionTheGuideDoesNotCoverIsWeak(string question)
    {
        Assert.True(Search.Search(question).IsWeak);
    }

    [Theory]
    [InlineData("regels", "regel")]
    [InlineData("gegevens", "gegeven")]
    [InlineData("opleidingen", "opleiding")]
    [InlineData("mogelijkheden", "mogelijkheid")]
    [InlineData("prompts", "prompt")]
    public void TheStemmerJoinsInflectedForms(string a, string b)
    {
        Assert.Equal(DutchText.Stem(a), DutchText.Stem(b));
    }

    [Fact]
    public void FoldingRemovesDiacritics() => Assert.Equal("prive geeist", DutchText.Fold("Privé geëist"));
}
