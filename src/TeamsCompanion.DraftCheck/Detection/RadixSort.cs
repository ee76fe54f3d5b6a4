using System.Buffers;
using System.Numerics;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Sorts non-negative keys in linear time: a least-significant-digit radix sort over the bits
/// from <c>lowBit</c> up. Candidate ranking sorted tens of thousands of keys per dense
/// megabyte with a comparison sort, which made a long text slower per character than a short one.
/// </summary>
internal static class RadixSort
{
    private const int DigitBits = 11;

    // Below this a comparison sort is cheaper than clearing and summing the histograms.
    private const int MinRadixLength = 1024;

    /// <summary>
    /// Sorts <paramref name="keys"/> ascending. Only the bits from <paramref name="lowBit"/> up
    /// are compared, and the sort is stable, so the result equals a full sort when the keys are
    /// unique in those bits or already ascending in the bits below.
    /// </summary>
    public static void Sort(Span<long> keys, int lowBit)
    {
        if (keys.Length < MinRadixLength)
        {
            keys.Sort();
            return;
        }

        ulong all = 0;
        foreach (var key in keys)
        {
            all |= (ulong)key;
        }

        var highBit = 64 - BitOperations.LeadingZeroCount(all);
        var rented = ArrayPool<long>.Shared.Rent(keys.Length);
        try
        {
            Span<int> counts = stackalloc int[1 << DigitBits];
            var source = keys;
            var target = rented.AsSpan(0, keys.Length);
            var inKeys = true;
            for (var shift = lowBit; shift < highBit; shift += DigitBits)
            {
                var mask = (1 << Math.Min(DigitBits, highBit - shift)) - 1;
                var histogram = counts[..(mask + 1)];
                histogram.Clear();
                foreach (var key in source)
                {
                    histogram[(int)((ulong)key >> shift) & mask]++;
                }

                // A digit that every key shares (the high bits of short lengths) needs no pass.
                if (histogram[(int)((ulong)source[0] >> shift) & mask] == source.Length)
                {
                    continue;
                }

                var sum = 0;
                for (var d = 0; d < histogram.Length; d++)
                {
                    var count = histogram[d];
                    histogram[d] = sum;
                    sum += count;
                }

                foreach (var key in source)
                {
                    target[histogram[(int)((ulong)key >> shift) & mask]++] = key;
                }

                var swap = source;
                source = target;
                target = swap;
                inKeys = !inKeys;
            }

            if (!inKeys)
            {
                source.CopyTo(keys);
            }
        }
        finally
        {
            ArrayPool<long>.Shared.Return(rented);
        }
    }
}
