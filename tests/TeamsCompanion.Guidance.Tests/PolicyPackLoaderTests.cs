using TeamsCompanion.Guidance.Packs;

namespace TeamsCompanion.Guidance.Tests;

public sealed class PolicyPackLoaderTests
{
    private const string MinimalPack = """
        id: test-org
        version: "2.0"
        organisation: { nl: "Gemeente Testdorp", en: "Municipality of Testdorp" }
        title: { nl: "AI-regels", en: "AI rules" }
        disclosure:
          text: { nl: "Gemaakt met hulp van AI.", en: "Made with help of AI." }
          source: "Handreiking §9.2"
        support:
          name: { nl: "AI-team", en: "AI team" }
          email: ai@testdorp.example
        """;

    [Fact]
    public void TheShippedDefaultPackIsValidAndComplete()
    {
        var pack = PolicyPackLoader.Load(PackFolder.DefaultPack);

        Assert.Equal("rijksbreed", pack.Id);
        Assert.All(new[] { "prompts", "juridisch", "ethiek" }, topic => Assert.Contains(pack.Tips, t => t.Topic == topic));
        Assert.True(pack.Rules.Count >= 10);
        Assert.Contains(pack.Tools, t => t.Status == ToolStatus.Forbidden);
        Assert.All(pack.Items, item => Assert.StartsWith("Handreiking §", item.Source, StringComparison.Ordinal));
        Assert.All(pack.Tools, tool => Assert.StartsWith("Handreiking §", tool.Source, StringComparison.Ordinal));
        Assert.NotEmpty(pack.Synonyms);
    }

    private const string OneTip = """
        tips:
          - id: tip-een
            topic: prompts
            title: { nl: "Titel", en: "Title" }
            text: { nl: "Tekst", en: "Text" }
            source: "Handreiking §9.3"
        """;

    [Fact]
    public void AMinimalPackLoadsWithItsOrganisationInTheTitle()
    {
        using var folder = new PackFolder().With("pack.yaml", MinimalPack).With("tips.yaml", OneTip);

        var pack = PolicyPackLoader.Load(folder.Path);

        Assert.Equal("AI-regels — Gemeente Testdorp", pack.DisplayTitle(Language.Nl));
        Assert.Equal("AI rules — Municipality of Testdorp", pack.DisplayTitle(Language.En));
        Assert.Empty(pack.Rules);
        Assert.Single(pack.Tips);
    }

    [Fact]
    public void APackWithoutRulesOrTipsOrWithAMisnamedFileIsRefused()
    {
        using var folder = new PackFolder().With("pack.yaml", MinimalPack).With("rules.yml", "rules: []\n");

        var errors = Assert.Throws<PackLoadException>(() => PolicyPackLoader.Load(folder.Path)).Errors.Select(e => e.ToString()).ToList();

        Assert.Contains(errors, e => e.Contains("rules.yml:1: unknown file", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("no rules and no tips", StringComparison.Ordinal));
    }

    [Fact]
    public void BrokenYamlIsReportedWithFileAndLine()
    {
        using var folder = new PackFolder().With("pack.yaml", MinimalPack).With("tips.yaml", """
            tips:
              - id: tip-a
                title: { nl: "x", en: "y"
                text: nope
            """);

        var error = Assert.Throws<PackLoadException>(() => PolicyPackLoader.Load(folder.Path));

        var only = Assert.Single(error.Errors);
        Assert.EndsWith("tips.yaml", only.File, StringComparison.Ordinal);
        Assert.InRange(only.Line, 3, 4);
        Assert.Contains("not valid YAML", only.Message, StringComparison.Ordinal);
        Assert.Matches(@"tips\.yaml:\d+: ", only.ToString());
    }

    [Fact]
    public void EveryProblemInAnItemIsListedWithItsLine()
    {
        using var folder = new PackFolder().With("pack.yaml", MinimalPack).With("rules.yaml", """
            rules:
              - id: regel-ok
                topic: privacy
                title: { nl: "Titel", en: "Title" }
                text: { nl: "Tekst", en: "Text" }
                source: "Handreiking §5.2"
              - id: Regel_Fout
                topic: onbekend
                titel: { nl: "Titel", en: "Title" }
                text: { nl: "Alleen Nederlands" }
            """);

        var errors = Assert.Throws<PackLoadException>(() => PolicyPackLoader.Load(folder.Path)).Errors.Select(e => e.ToString()).ToList();

        Assert.Contains(errors, e => e.Contains("rules.yaml:9: unknown key 'titel'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("rules.yaml:7: id 'Regel_Fout'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("rules.yaml:8: topic 'onbekend' is not one of", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("rules.yaml:10: 'en' is missing", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'source' is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void ADuplicateIdNamesWhereItFirstAppeared()
    {
        var item = """
              - id: tip-twee-keer
                topic: prompts
                title: { nl: "T", en: "T" }
                text: { nl: "T", en: "T" }
                source: "Handreiking §9.3"
            """;
        using var folder = new PackFolder().With("pack.yaml", MinimalPack).With("tips.yaml", "tips:\n" + item + "\n" + item);

        var error = Assert.Single(Assert.Throws<PackLoadException>(() => PolicyPackLoader.Load(folder.Path)).Errors);

        Assert.Equal(7, error.Line);
        Assert.Contains("used twice; first at tips.yaml:2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOrganisationPackExtendsTheDefaultReplacingAddingAndRemovingItems()
    {
        using var folder = new PackFolder()
            .With("pack.yaml", """
                id: gemeente-testdorp
                version: "2026.1"
                extends: default
                organisation: { nl: "Gemeente Testdorp", en: "Municipality of Testdorp" }
                remove: [tip-geen-sturende-vragen]
                """)
            .With("tools.yaml", """
                tools:
                  - id: tool-testdorp-chat
                    name: { nl: "TestdorpGPT", en: "TestdorpGPT" }
                    aliases: [testdorpgpt]
                    status: approved
                    conditions: { nl: "Mag, ook met gewone werkgegevens.", en: "Allowed, also with ordinary work data." }
                    source: "Testdorp AI-beleid 2026, art. 3"
                """)
            .With("tips.yaml", """
                tips:
                  - id: tip-geef-context
                    topic: prompts
                    title: { nl: "Geef context (Testdorp)", en: "Give context (Testdorp)" }
                    text: { nl: "Eigen tekst.", en: "Own text." }
                    source: "Handreiking §9.3"
                """);
        var basePack = PolicyPackLoader.Load(PackFolder.DefaultPack);

        var pack = PolicyPackLoader.Load(folder.Path, PackFolder.DefaultPack);

        Assert.StartsWith(basePack.Title.Nl + " — Gemeente Testdorp", pack.DisplayTitle(Language.Nl), StringComparison.Ordinal);
        Assert.DoesNotContain(pack.Tips, t => t.Id == "tip-geen-sturende-vragen");
        Assert.Equal("Geef context (Testdorp)", pack.Tips.Single(t => t.Id == "tip-geef-context").Title.Nl);
        Assert.Equal(basePack.Tips.Count - 1, pack.Tips.Count);
        Assert.Equal(basePack.Tools.Count + 1, pack.Tools.Count);
        Assert.Equal(basePack.Disclosure, pack.Disclosure);
    }

    [Fact]
    public void RemovingAnItemTheBaseDoesNotHaveIsAnError()
    {
        using var folder = new PackFolder().With("pack.yaml", """
            id: org
            version: "1"
            extends: default
            organisation: { nl: "Org", en: "Org" }
            remove: [tip-bestaat-niet]
            """);

        var error = Assert.Single(Assert.Throws<PackLoadException>(() => PolicyPackLoader.Load(folder.Path, PackFolder.DefaultPack)).Errors);

        Assert.Contains("'tip-bestaat-niet'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingFolderOrPackFileIsReported()
    {
        var missing = Assert.Throws<PackLoadException>(() => PolicyPackLoader.Load("/nonexistent/pack"));
        Assert.Contains("does not exist", Assert.Single(missing.Errors).Message, StringComparison.Ordinal);

        using var empty = new PackFolder();
        var noPackFile = Assert.Throws<PackLoadException>(() => PolicyPackLoader.Load(empty.Path));
        Assert.Contains("pack.yaml is missing", Assert.Single(noPackFile.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnInvalidSupportAddressAndWrongShapesAreErrors()
    {
        using var folder = new PackFolder().With("pack.yaml", MinimalPack.Replace("ai@testdorp.example", "geen adres", StringComparison.Ordinal))
            .With("synonyms.yaml", "synonyms:\n  - [alleen]\n")
            .With("tools.yaml", "tools:\n  - id: tool-x\n    name: { nl: X, en: X }\n    aliases: []\n    status: misschien\n    conditions: { nl: c, en: c }\n    source: s\n");

        var errors = Assert.Throws<PackLoadException>(() => PolicyPackLoader.Load(folder.Path)).Errors.Select(e => e.Message).ToList();

        Assert.Contains(errors, e => e.Contains("is not an e-mail address", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("at least two words", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("status 'misschien'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'aliases' must list", StringComparison.Ordinal));
    }
}
