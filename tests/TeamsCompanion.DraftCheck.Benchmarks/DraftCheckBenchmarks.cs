using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace TeamsCompanion.DraftCheck.Benchmarks;

/// <summary>
/// The full check against the practical floor: one plain pass over the text that only looks
/// for digits and '@' (what any detector must at least do).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class DraftCheckBenchmarks
{
    private readonly DraftChecker checker = new();
    private readonly DraftCheckOptions options = new() { Audience = Audience.Citizens, AiUsed = AiUsed.Yes, DisclosureText = "Gemaakt met hulp van AI." };
    private string text = string.Empty;

    /// <summary>Draft size in characters: a 5 KB message and a 1 MB document.</summary>
    [Params(5 * 1024, 1024 * 1024)]
    public int Size { get; set; }

    /// <summary>"dense": a letter full of personal data; "prose": policy text without any.</summary>
    [Params("dense", "prose")]
    public string Text { get; set; } = "dense";

    [GlobalSetup]
    public void Setup() => text = SampleText.OfLength(Size, Text == "dense");

    [Benchmark(Baseline = true)]
    public int ScanDigitsAndAt()
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c) || c == '@')
            {
                count++;
            }
        }

        return count;
    }

    [Benchmark]
    public int FullCheck() => checker.Check(text, options).Findings.Count;

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(StatisticColumn.Median, new ThroughputColumn());
    }
}
