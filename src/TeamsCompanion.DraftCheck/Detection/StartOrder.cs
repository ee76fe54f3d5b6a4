using System.Buffers;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Orders candidates by start in linear time. Each detector adds its candidates in text order,
/// so the candidates are a dozen ascending runs: one counting pass over buckets of text about
/// one candidate wide puts them nearly in order, writing each run front to back, and an
/// insertion pass fixes the few inversions inside a bucket. That replaced two radix passes
/// over eleven bits, whose first pass scattered every key to another cache line.
/// </summary>
internal static class StartOrder
{
    // A bucket with more candidates than this is radix-sorted on its own, so the insertion pass
    // moves no key further than this and stays linear whatever the text.
    private const int LargeBucket = 32;

    private const int StackBuckets = 1024;

    /// <summary>
    /// Writes the key (start above bit 32, index below) of every candidate to
    /// <paramref name="keys"/>, ascending; candidates that start together keep their order.
    /// </summary>
    public static void Sort(ReadOnlySpan<Candidate> items, Span<long> keys, int maxStart)
    {
        var count = items.Length;
        var shift = 0;
        while ((maxStart >> shift) >= Math.Max(count, 1))
        {
            shift++;
        }

        // A short text has few buckets: they fit on the stack, which costs less than a rent and return.
        var bucketCount = (maxStart >> shift) + 1;
        var rented = bucketCount > StackBuckets ? ArrayPool<int>.Shared.Rent(bucketCount) : null;
        var offsets = rented is null ? stackalloc int[bucketCount] : rented.AsSpan(0, bucketCount);
        offsets.Clear();
        foreach (ref readonly var candidate in items)
        {
            offsets[candidate.Start >> shift]++;
        }

        var hasLarge = ToOffsets(offsets);
        for (var k = 0; k < count; k++)
        {
            var start = items[k].Start;
            keys[offsets[start >> shift]++] = ((long)start << 32) | (uint)k;
        }

        // Offsets now hold each bucket's end.
        if (hasLarge)
        {
            SortLargeBuckets(offsets, keys);
        }

        if (rented is not null)
        {
            ArrayPool<int>.Shared.Return(rented);
        }

        InsertionPass(keys);
    }

    private static bool ToOffsets(Span<int> offsets)
    {
        var sum = 0;
        var largest = 0;
        for (var b = 0; b < offsets.Length; b++)
        {
            var size = offsets[b];
            largest = Math.Max(largest, size);
            offsets[b] = sum;
            sum += size;
        }

        return largest > LargeBucket;
    }

    private static void SortLargeBuckets(ReadOnlySpan<int> ends, Span<long> keys)
    {
        var from = 0;
        foreach (var end in ends)
        {
            if (end - from > LargeBucket)
            {
                RadixSort.Sort(keys[from..end], 32);
            }

            from = end;
        }
    }

    private static void InsertionPass(Span<long> keys)
    {
        for (var i = 1; i < keys.Length; i++)
        {
            var key = keys[i];
            if (key >= keys[i - 1])
            {
                continue;
            }

            var j = i - 1;
            do
            {
                keys[j + 1] = keys[j];
                j--;
            }
            while (j >= 0 && keys[j] > key);

            keys[j + 1] = key;
        }
    }
}
