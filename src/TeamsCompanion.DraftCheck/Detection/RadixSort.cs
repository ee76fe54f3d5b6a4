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
    private const int Buckets = 1 << DigitBits;

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
        var digits = Math.Max(0, (highBit - lowBit + DigitBits - 1) / DigitBits);

        // Every digit's histogram is counted in one read of the keys instead of one each. Rented,
        // not stacked, and each loop in a method of its own: inside a try block with a stack
        // buffer the JIT kept the loop variables in memory.
        var counts = ArrayPool<int>.Shared.Rent(Math.Max(digits, 1) * Buckets);
        var rented = ArrayPool<long>.Shared.Rent(keys.Length);
        var histograms = counts.AsSpan(0, digits * Buckets);
        histograms.Clear();
        Count(keys, lowBit, digits, histograms);

        Span<long> source = keys;
        Span<long> target = rented.AsSpan(0, keys.Length);
        for (var d = 0; d < digits; d++)
        {
            var shift = lowBit + (d * DigitBits);
            var histogram = histograms.Slice(d * Buckets, Buckets);

            // A digit that every key shares (the high bits of short lengths) needs no pass.
            if (histogram[(int)((ulong)source[0] >> shift) & (Buckets - 1)] == source.Length)
            {
                continue;
            }

            Offsets(histogram);
            Scatter(source, target, shift, histogram);
            var swap = source;
            source = target;
            target = swap;
        }

        if (source != keys)
        {
            source.CopyTo(keys);
        }

        ArrayPool<long>.Shared.Return(rented);
        ArrayPool<int>.Shared.Return(counts);
    }

    private static void Count(ReadOnlySpan<long> keys, int lowBit, int digits, Span<int> histograms)
    {
        if (digits == 2)
        {
            // Start keys (StartOrder's crowded buckets): starts below 4M, two digits.
            var low = histograms[..Buckets];
            var high = histograms.Slice(Buckets, Buckets);
            foreach (var key in keys)
            {
                var bits = (ulong)key >> lowBit;
                low[(int)bits & (Buckets - 1)]++;
                high[(int)(bits >> DigitBits) & (Buckets - 1)]++;
            }

            return;
        }

        foreach (var key in keys)
        {
            var bits = (ulong)key >> lowBit;
            for (var d = 0; d < digits; d++)
            {
                histograms[(d * Buckets) + ((int)bits & (Buckets - 1))]++;
                bits >>= DigitBits;
            }
        }
    }

    private static void Offsets(Span<int> histogram)
    {
        var sum = 0;
        for (var b = 0; b < histogram.Length; b++)
        {
            var count = histogram[b];
            histogram[b] = sum;
            sum += count;
        }
    }

    private static void Scatter(ReadOnlySpan<long> source, Span<long> target, int shift, Span<int> offsets)
    {
        foreach (var key in source)
        {
            target[offsets[(int)((ulong)key >> shift) & (Buckets - 1)]++] = key;
        }
    }
}
