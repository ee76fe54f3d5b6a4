using TeamsCompanion.DraftCheck.Tests.Evaluation;

namespace TeamsCompanion.DraftCheck.Tests;

public class ConcurrencyTests
{
    [Fact]
    public async Task One_checker_shared_by_many_threads_gives_the_same_results_as_one_thread()
    {
        // The host registers one DraftChecker for all turns; rented buffers and lazily built
        // lookup tables must not leak state between concurrent checks.
        var checker = new DraftChecker();
        var documents = EvaluationSet.Load().Take(120).Select(d => d.Text).ToArray();
        var expected = documents.Select(d => Describe(checker.Check(d, new DraftCheckOptions()))).ToArray();

        var tasks = Enumerable.Range(0, 4).Select(worker => Task.Run(() =>
        {
            var actual = new string[documents.Length];
            for (var k = 0; k < documents.Length; k++)
            {
                var index = (k + (worker * 31)) % documents.Length;
                actual[index] = Describe(checker.Check(documents[index], new DraftCheckOptions()));
            }

            return actual;
        }));

        foreach (var actual in await Task.WhenAll(tasks))
        {
            Assert.Equal(expected, actual);
        }
    }

    private static string Describe(DraftCheckResult result) =>
        string.Join(';', result.Findings.Select(f => $"{f.Type}:{f.Start}:{f.Length}:{f.Rule}")) + "|" + result.Disclosure.Verdict;
}
