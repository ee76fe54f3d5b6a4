using Xunit.Abstractions;

namespace TeamsCompanion.DraftCheck.Tests.Evaluation;

/// <summary>Scores the engine on the labelled evaluation set and fails below the targets.</summary>
public class EvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Committed_set_is_what_the_generator_produces()
    {
        var generated = EvaluationSet.Serialize(CorpusGenerator.Generate());
        var path = Environment.GetEnvironmentVariable("DRAFTCHECK_WRITE_EVAL_SET") == "1"
            ? EvaluationSet.SourcePath()
            : Path.Combine(AppContext.BaseDirectory, "Evaluation", EvaluationSet.FileName);
        if (path == EvaluationSet.SourcePath())
        {
            // Maintenance mode: refresh the committed file from the generator.
            File.WriteAllText(path, generated);
        }

        Assert.True(File.ReadAllText(path) == generated, "eval-set.jsonl is stale: run this test once with DRAFTCHECK_WRITE_EVAL_SET=1.");
    }

    [Fact]
    public void Set_is_large_and_varied_enough_to_mean_something()
    {
        var documents = EvaluationSet.Load();
        Assert.True(documents.Count >= 250, $"only {documents.Count} documents");
        Assert.True(documents.Select(d => d.Kind).Distinct().Count() >= 5);
        foreach (var type in FindingTypes.All)
        {
            Assert.True(documents.Sum(d => d.Spans.Count(s => s.Type == type)) >= 20, $"fewer than 20 labelled {type} spans");
        }

        Assert.All(documents.SelectMany(d => d.Spans.Select(s => (d, s))), p => Assert.InRange(p.s.End, p.s.Start + 1, p.d.Text.Length));
    }

    [Fact]
    public void Scores_meet_the_targets_per_type()
    {
        var checker = new DraftChecker();
        var scorer = new Scorer();
        foreach (var document in EvaluationSet.Load())
        {
            scorer.Score(document, checker.Check(document.Text, new DraftCheckOptions()).Findings);
        }

        output.WriteLine(scorer.Table());
        foreach (var miss in scorer.Misses.Take(60))
        {
            output.WriteLine(miss);
        }

        var failures = new List<string>();
        foreach (var (type, counts) in scorer.Counts)
        {
            var (precision, recall) = Targets.For(type);
            if (precision is { } p && counts.Precision < p)
            {
                failures.Add($"{type} precision {counts.Precision:0.000} < {p}");
            }

            if (recall is { } r && counts.Recall < r)
            {
                failures.Add($"{type} recall {counts.Recall:0.000} < {r}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("; ", failures) + "\n" + scorer.Table());
    }
}
