using TeamsCompanion.Guidance.Packs;
using TeamsCompanion.Guidance.Search;

namespace TeamsCompanion.Guidance.Tests;

public sealed class ToolLookupTests
{
    private static readonly PolicyPack Pack = PolicyPackLoader.Load(PackFolder.DefaultPack);
    private static readonly ToolLookup Tools = new(Pack.Tools);

    [Theory]
    [InlineData("Mag ik ChatGPT gebruiken?")]
    [InlineData("mag ik chat gpt gebruiken voor een brief")]
    [InlineData("Is Gemini toegestaan?")]
    public void ConsumerChatbotsAreFoundAndForbidden(string question)
    {
        var tool = Assert.Single(Tools.Find(question));

        Assert.Equal(ToolStatus.Forbidden, tool.Status);
    }

    [Fact]
    public void TheLongestAliasWins()
    {
        var found = Tools.Find("Mag ik GitHub Copilot gebruiken?");

        var tool = Assert.Single(found);
        Assert.Contains("github copilot", tool.Aliases);
    }

    [Fact]
    public void TwoToolsInOneQuestionAreBothFoundInOrder()
    {
        var found = Tools.Find("Wat is beter: DeepL of ChatGPT?");

        Assert.Equal(2, found.Count);
        Assert.Contains("deepl", found[0].Aliases);
        Assert.Contains("chatgpt", found[1].Aliases);
    }

    [Fact]
    public void NoToolIsFoundInAnOrdinaryQuestion() => Assert.Empty(Tools.Find("Hoe schrijf ik een goede prompt?"));
}
