using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsCompanion.Bot.Cards;
using TeamsCompanion.Guidance.Packs;
using TeamsCompanion.Guidance.Search;
using TeamsCompanion.Protocol;

namespace TeamsCompanion.Bot.Tests;

/// <summary>
/// Every card the chat can send, in both languages. Each is written to cards/samples (committed,
/// so a review shows what a change does to the cards; paste one into the Adaptive Cards Designer
/// to see it), and the end-to-end run checks it with the official renderer at phone width.
/// </summary>
public sealed class CardTests
{
    private const int TeamsCardLimitBytes = 28 * 1024;
    private static readonly PolicyPack Pack = PolicyPackLoader.Load(RepositoryPath("policy", "default"));

    public static TheoryData<string> CardNames => [.. AllCards().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CardNames))]
    public void EveryCardIsVersion15WithAFallbackAndFitsTeamsLimit(string name)
    {
        var card = AllCards().Single(c => c.Name == name).Card;

        var json = JsonSerializer.SerializeToUtf8Bytes(card, ProtocolJson.Options);
        var node = JsonNode.Parse(json)!;

        Assert.Equal("AdaptiveCard", (string?)node["type"]);
        Assert.Equal("1.5", (string?)node["version"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)node["fallbackText"]));
        Assert.InRange(json.Length, 1, TeamsCardLimitBytes);
        Assert.All(Descendants(node).Where(n => (string?)n["type"] == "TextBlock"), block => Assert.True((bool?)block["wrap"]));

        var folder = Directory.CreateDirectory(RepositoryPath("cards", "samples"));
        File.WriteAllBytes(Path.Combine(folder.FullName, name + ".json"), json);
    }

    [Fact]
    public void DutchAndEnglishCardsDiffer()
    {
        var nl = JsonSerializer.Serialize(ChatCards.Help(Pack, Language.Nl), ProtocolJson.Options);
        var en = JsonSerializer.Serialize(ChatCards.Help(Pack, Language.En), ProtocolJson.Options);

        Assert.Contains("Wat kan ik voor je doen?", nl, StringComparison.Ordinal);
        Assert.Contains("What can I do for you?", en, StringComparison.Ordinal);
    }

    private static IEnumerable<(string Name, AdaptiveCard Card)> AllCards()
    {
        var search = new GuidanceSearch(Pack);
        var tools = new ToolLookup(Pack.Tools);
        foreach (var language in new[] { Language.Nl, Language.En })
        {
            var code = language.ToString().ToLowerInvariant();
            yield return ($"welcome.{code}", ChatCards.Welcome(Pack, language));
            yield return ($"help.{code}", ChatCards.Help(Pack, language));
            yield return ($"language-choice.{code}", ChatCards.LanguageChoice(language));
            yield return ($"language-set.{code}", ChatCards.LanguageSet(language, saved: false));
            yield return ($"error.{code}", ChatCards.Error(language));
            yield return ($"tips.{code}", GuidanceCards.Tips(Pack, null, language));
            yield return ($"tips-prompts.{code}", GuidanceCards.Tips(Pack, "prompts", language));
            yield return ($"rules.{code}", GuidanceCards.Rules(Pack, language));
            yield return ($"answer.{code}", GuidanceCards.Answer(Pack, search.Search("persoonsgegevens in een prompt"), language));
            yield return ($"answer-weak.{code}", GuidanceCards.Answer(Pack, search.Search("kantine openingstijden"), language));
            yield return ($"tools.{code}", ToolCards.Tools(Pack, [], unknownToolAsked: false, language));
            yield return ($"tool-chatgpt.{code}", ToolCards.Tools(Pack, tools.Find("chatgpt"), unknownToolAsked: false, language));
            yield return ($"tool-unknown.{code}", ToolCards.Tools(Pack, [], unknownToolAsked: true, language));
        }
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.Select(p => p.Value).OfType<JsonNode>().SelectMany(Descendants)),
        JsonArray array => array.OfType<JsonNode>().SelectMany(Descendants),
        _ => [],
    };

    private static string RepositoryPath(params string[] parts)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TeamsCompanion.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine([directory?.FullName ?? throw new InvalidOperationException("TeamsCompanion.sln not found"), .. parts]);
    }
}
