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
    private static readonly string[] Types = [FindingTypes.Bsn, FindingTypes.Phone, FindingTypes.PersonName, ""];
    private static readonly int[] Priorities = [0, 10, 20];

    // A label per type and priority; an empty type makes a suppressor.
    private static readonly Label[] Labels =
    [
        .. from type in Types
           from priority in Priorities
           select type.Length == 0 ? Label.Suppressor("r", priority) : Label.Finding(type, null, "r", priority),
    ];

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
                var type = random.Next(Types.Length);

                // Few distinct ranks, so ties (broken by the order of adding) are common.
                var confidence = random.Next(3) / 2.0;
                var label = Labels[(type * Priorities.Length) + random.Next(Priorities.Length)];
                candidates.Add(new Candidate(label, start, end, confidence));
            }

            using var set = new CandidateSet();
            foreach (var candidate in candidates)
            {
                set.Add(candidate);
            }

            set.Resolve();
            var kept = new List<(int, int, Label, double)>();
            for (var k = 0; k < set.AcceptedCount; k++)
            {
                kept.Add(Identity(set.Accepted(k)));
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
    private static (int, int, Label, double) Identity(Candidate c) => (c.Start, c.End, c.Label, c.Confidence);

    private static List<(int, int, Label, double)> Reference(List<Candidate> candidates, int textLength)
    {
        var taken = new bool[textLength];
        var kept = new List<Candidate>();
        var order = candidates
            .Select((candidate, index) => (candidate, index))
            .Where(c => c.candidate.End > c.candidate.Start)
            .OrderByDescending(c => c.candidate.Label.Priority)
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

        return [.. kept.OrderBy(c => c.Start).Select(Identity)];
    }
}
