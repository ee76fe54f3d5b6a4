using TeamsCompanion.DraftCheck.Detection;

namespace TeamsCompanion.DraftCheck.Tests.Detectors;

/// <summary>
/// Candidates are put in start order by buckets and an insertion pass: the keys must come out
/// as a full sort gives them, also when the runs interleave, many candidates share a start or
/// one bucket holds too many for the insertion pass.
/// </summary>
public class StartOrderTests
{
    private static readonly Label Any = Label.Finding(FindingTypes.Bsn, null, "r", 1);

    [Theory]
    [InlineData(5, 1_000_000, 12)]
    [InlineData(3000, 50, 3)]
    [InlineData(20_000, 1_000_000, 1)]
    [InlineData(2000, 3, 40)]
    [InlineData(3000, 100_000, 12)] // interleaved runs in small buckets: the insertion pass moves keys
    [InlineData(6000, 4, 3)] // buckets of more than a thousand keys of one start each
    [InlineData(0, 0, 1)]
    public void Gives_the_keys_in_full_sort_order(int count, int textLength, int runs)
    {
        var random = new Random(count + runs);
        var items = new Candidate[count];
        var maxStart = 0;
        for (var k = 0; k < count; k++)
        {
            // Runs ascending like detectors, each over the whole text.
            var run = k * runs / Math.Max(count, 1);
            var inRun = k - (run * count / runs);
            var start = Math.Min(textLength, (int)((long)inRun * runs * textLength / Math.Max(count, 1)) + random.Next(3));
            items[k] = new Candidate(Any, start, start + 1, 1);
            maxStart = Math.Max(maxStart, start);
        }

        AssertSortsLikeAFullSort(items, maxStart);
    }

    [Fact]
    public void A_crowded_bucket_of_starts_beyond_one_radix_digit_is_sorted()
    {
        // Thousands of candidates alternating between two starts above 2^11: a bucket too large
        // for the insertion pass, sorted on two radix digits.
        var items = Enumerable.Range(0, 3000).Select(k => new Candidate(Any, 5001 - (k % 2), 5002, 1)).ToArray();

        AssertSortsLikeAFullSort(items, 5001);
    }

    private static void AssertSortsLikeAFullSort(Candidate[] items, int maxStart)
    {
        var keys = new long[items.Length];
        StartOrder.Sort(items, keys, maxStart);
        var expected = Enumerable.Range(0, items.Length).Select(k => ((long)items[k].Start << 32) | (uint)k).Order().ToArray();
        Assert.Equal(expected, keys);
    }
}
