using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using TeamsCompanion.Bot.Policy;
using TeamsCompanion.Guidance.Packs;

namespace TeamsCompanion.Bot.Tests;

public sealed class PolicyPackProviderTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("tc-pack-");

    public PolicyPackProviderTests()
    {
        foreach (var file in Directory.GetFiles(PolicyOptions.ShippedDefaultPack))
        {
            File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
        }
    }

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void ABrokenEditKeepsTheLastGoodPackAndSaysWhere()
    {
        var logger = new FakeLogger<PolicyPackProvider>();
        using var provider = new PolicyPackProvider(Options(watch: false), logger);
        var before = provider.Pack;

        File.WriteAllText(Path.Combine(folder.FullName, "tips.yaml"), "tips:\n  - id: tip-kapot\n    topic: prompts\n");

        Assert.False(provider.Reload());
        Assert.Same(before, provider.Pack);
        var error = Assert.Single(logger.Collector.GetSnapshot(), r => r.Level == Microsoft.Extensions.Logging.LogLevel.Error);
        Assert.Contains("tips.yaml:2: 'title' is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AValidEditIsPickedUpByTheWatcher()
    {
        using var provider = new PolicyPackProvider(Options(watch: true), NullLogger<PolicyPackProvider>.Instance);
        var pack = Path.Combine(folder.FullName, "pack.yaml");

        File.WriteAllText(pack, File.ReadAllText(pack).Replace("version: \"1.0.0\"", "version: \"1.0.1\"", StringComparison.Ordinal));

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (provider.Pack.Version != "1.0.1" && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(100);
        }

        Assert.Equal("1.0.1", provider.Pack.Version);
    }

    [Fact]
    public void ABrokenPackAtStartThrowsWithEveryError()
    {
        File.WriteAllText(Path.Combine(folder.FullName, "rules.yaml"), "rules: [");

        var error = Assert.Throws<PackLoadException>(() => new PolicyPackProvider(Options(watch: false), NullLogger<PolicyPackProvider>.Instance));

        Assert.Contains(error.Errors, e => e.File.EndsWith("rules.yaml", StringComparison.Ordinal));
    }

    private IOptions<PolicyOptions> Options(bool watch) =>
        Microsoft.Extensions.Options.Options.Create(new PolicyOptions { Path = folder.FullName, WatchForChanges = watch });
}
