using TeamsCompanion.DraftCheck.Detection;

namespace TeamsCompanion.DraftCheck.Tests.Detectors;

/// <summary>
/// The radix sort only runs on a thousand keys or more, which the candidate tests never reach:
/// it must give what a stable sort on the compared bits gives, for the candidate keys (start
/// above bit 32, index below) and for full 63-bit rank keys.
/// </summary>
public class RadixSortTests
{
    [Theory]
    [InlineData(32, 1 << 21)]
    [InlineData(32, 3)]
    [InlineData(0, long.MaxValue)]
    [InlineData(0, 1L << 40)]
    public void Sorts_like_a_stable_sort_on_the_compared_bits(int lowBit, long range)
    {
        var random = new Random(7);
        foreach (var length in new[] { 1023, 1024, 3000, 40_000 })
        {
            var keys = new long[length];
            for (var k = 0; k < length; k++)
            {
                var high = random.NextInt64(lowBit == 32 ? Math.Min(range, 1L << 30) : range);
                keys[k] = lowBit == 32 ? (high << 32) | (uint)k : high;
            }

            var expected = keys.OrderBy(key => (ulong)key >> lowBit).ToArray();
            RadixSort.Sort(keys, lowBit);
            Assert.Equal(expected, keys);
        }
    }
}
