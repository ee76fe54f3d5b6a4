using TeamsCompanion.DraftCheck.Detection;

namespace TeamsCompanion.DraftCheck.Tests.Detectors;

/// <summary>
/// Candidates are ranked only within groups that overlap among themselves, and digit runs
/// carry their ends from the vector pass. Both must give what the plain definitions give, on
/// random input, including groups too large for the small-group path and text around the
/// 16-character block boundaries.
/// </summary>
public class CandidateResolutionTests
{
    private static readonly string[] Types = [FindingTypes.Bsn, FindingTypes.Phone, FindingTypes.PersonName, Candidate.SuppressorType];

    [Fact]
    public void Keeps_what_ranking_all_candidates_at_once_keeps()
    {
        var random = new Random(5);
        for (var round = 0; round < 3000; round++)
        {
            var textLength = random.Next(1, 400);
            var candidates = new List<Candidate>();
            var count = random.Next(0, round % 10 == 0 ? 200 : 25);
            for (var k = 0; k < count; k++)
            {
                var start = random.Next(0, textLength);
                var end = Math.Min(textLength, start + random.Next(0, 30));
                var type = Types[random.Next(Types.Length)];

                // Few distinct ranks, so ties (broken by the order of adding) are common.
                candidates.Add(new Candidate(type, null, start, end, random.Next(3) / 2.0, "r" + k, random.Next(3) * 10));
            }

            using var set = new CandidateSet();
            foreach (var candidate in candidates)
            {
                set.Add(candidate);
            }

            set.Resolve();
            var kept = new List<string>();
            for (var k = 0; k < set.AcceptedCount; k++)
            {
                kept.Add(set.Accepted(k).Rule);
            }

            Assert.Equal(Reference(candidates, textLength), kept);
        }
    }

    [Fact]
    public void Digit_runs_end_where_their_digits_end()
    {
        var random = new Random(3);
        string[] pieces = ["1", "23", "456", "7890", " ", "a", "-", "\u0661", "\uFF11", "é", "\n"];
        for (var round = 0; round < 5000; round++)
        {
            var builder = new System.Text.StringBuilder();
            var length = random.Next(0, 70);
            while (builder.Length < length)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }

            var text = builder.ToString();
            using var runs = DigitRuns.Of(text);
            var expected = new List<(int, int)>();
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsAsciiDigit(text[i]) && (i == 0 || !char.IsAsciiDigit(text[i - 1])))
                {
                    expected.Add((i, TextScan.SkipDigits(text, i)));
                }
            }

            Assert.Equal(expected, Enumerable.Range(0, runs.Count).Select(r => (runs[r], runs.End(r))));
        }
    }

    // The definition: best rank first (priority, confidence, length; ties by order of adding),
    // each kept unless it overlaps one kept before; findings in text order.
    private static List<string> Reference(List<Candidate> candidates, int textLength)
    {
        var taken = new bool[textLength];
        var kept = new List<Candidate>();
        var order = candidates
            .Select((candidate, index) => (candidate, index))
            .Where(c => c.candidate.End > c.candidate.Start)
            .OrderByDescending(c => c.candidate.Priority)
            .ThenByDescending(c => Math.Round(c.candidate.Confidence * 1000))
            .ThenByDescending(c => c.candidate.End - c.candidate.Start)
            .ThenBy(c => c.index);
        foreach (var (candidate, _) in order)
        {
            if (taken.AsSpan(candidate.Start, candidate.End - candidate.Start).Contains(true))
            {
                continue;
            }

            taken.AsSpan(candidate.Start, candidate.End - candidate.Start).Fill(true);
            if (!candidate.IsSuppressor)
            {
                kept.Add(candidate);
            }
        }

        return [.. kept.OrderBy(c => c.Start).Select(c => c.Rule)];
    }
}
