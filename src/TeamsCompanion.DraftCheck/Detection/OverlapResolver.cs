using System.Buffers;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Picks the winners in one group of candidates that overlap among themselves: the best ranked
/// first, then each next one that overlaps none kept so far. Groups are nearly always a handful
/// of candidates (a date and the number inside it), so they are sorted and compared in place;
/// a large group falls back to a sort and a bitmap, so time stays linear in its size.
/// </summary>
internal sealed class OverlapResolver
{
    private const int SmallGroup = 16;

    /// <summary>
    /// Ranks <paramref name="members"/> (keys of start and candidate index, by start) and writes
    /// the kept non-suppressors to <paramref name="output"/> in the same form and order.
    /// Returns how many were written. <paramref name="output"/> may overlap the members.
    /// </summary>
    public static int Resolve(Candidate[] items, ReadOnlySpan<long> members, Span<long> output)
    {
        // Most groups are a pair (a date and the number inside it): the better one wins and the
        // other, which overlaps it, is dropped; no ranking table is needed.
        if (members.Length == 2)
        {
            var first = (int)members[0];
            var second = (int)members[1];
            var firstKey = RankKey(items[first]);
            var secondKey = RankKey(items[second]);
            var winner = firstKey < secondKey || (firstKey == secondKey && first < second) ? members[0] : members[1];
            if (items[(int)winner].IsSuppressor)
            {
                return 0;
            }

            output[0] = winner;
            return 1;
        }

        if (members.Length <= SmallGroup)
        {
            Span<Ranked> small = stackalloc Ranked[SmallGroup];
            return ResolveSmall(items, members, small[..members.Length], output);
        }

        var rented = ArrayPool<Ranked>.Shared.Rent(members.Length);
        try
        {
            return ResolveLarge(items, members, rented.AsSpan(0, members.Length), output);
        }
        finally
        {
            ArrayPool<Ranked>.Shared.Return(rented);
        }
    }

    private static int ResolveSmall(Candidate[] items, ReadOnlySpan<long> members, Span<Ranked> ranked, Span<long> output)
    {
        Rank(items, members, ranked);

        // Insertion sort: stable is not needed (index breaks ties), and groups are tiny.
        for (var i = 1; i < ranked.Length; i++)
        {
            var item = ranked[i];
            var j = i - 1;
            while (j >= 0 && item.IsBetterThan(ranked[j]))
            {
                ranked[j + 1] = ranked[j];
                j--;
            }

            ranked[j + 1] = item;
        }

        // Kept candidates of this group, suppressors included: they block as much as findings.
        Span<int> kept = stackalloc int[SmallGroup];
        var keptCount = 0;
        foreach (var entry in ranked)
        {
            ref readonly var candidate = ref items[entry.Index];
            var free = true;
            for (var k = 0; k < keptCount && free; k++)
            {
                ref readonly var other = ref items[kept[k]];
                free = candidate.End <= other.Start || other.End <= candidate.Start;
            }

            if (free)
            {
                kept[keptCount++] = entry.Index;
            }
        }

        var written = 0;
        for (var k = 0; k < keptCount; k++)
        {
            ref readonly var candidate = ref items[kept[k]];
            if (!candidate.IsSuppressor)
            {
                // Insert by start: kept candidates do not overlap, so starts are unique.
                var key = ((long)candidate.Start << 32) | (uint)kept[k];
                var j = written - 1;
                while (j >= 0 && output[j] > key)
                {
                    output[j + 1] = output[j];
                    j--;
                }

                output[j + 1] = key;
                written++;
            }
        }

        return written;
    }

    private static int ResolveLarge(Candidate[] items, ReadOnlySpan<long> members, Span<Ranked> ranked, Span<long> output)
    {
        var from = int.MaxValue;
        var to = 0;
        foreach (var member in members)
        {
            ref readonly var candidate = ref items[(int)member];
            from = Math.Min(from, candidate.Start);
            to = Math.Max(to, candidate.End);
        }

        Rank(items, members, ranked);
        SortLarge(ranked);

        // The group is connected, so its extent is at most the sum of its members' lengths.
        var taken = ArrayPool<bool>.Shared.Rent(to - from);
        try
        {
            Array.Clear(taken, 0, to - from);
            var written = 0;
            foreach (var entry in ranked)
            {
                ref readonly var candidate = ref items[entry.Index];
                var span = taken.AsSpan(candidate.Start - from, candidate.End - candidate.Start);
                if (span.Contains(true))
                {
                    continue;
                }

                span.Fill(true);
                if (!candidate.IsSuppressor)
                {
                    output[written++] = ((long)candidate.Start << 32) | (uint)entry.Index;
                }
            }

            output[..written].Sort();
            return written;
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(taken);
        }
    }

    /// <summary>
    /// Sorts a large group in linear time: rank key and candidate index packed into one long and
    /// radix-sorted (the key leaves the low <see cref="IndexBits"/> bits free). Only with more
    /// than 2^26 candidates, far beyond the input cap, a comparison sort takes over.
    /// </summary>
    private static void SortLarge(Span<Ranked> ranked)
    {
        var largestIndex = 0;
        foreach (var entry in ranked)
        {
            largestIndex = Math.Max(largestIndex, entry.Index);
        }

        if (largestIndex > IndexMask)
        {
            ranked.Sort(static (a, b) => a.IsBetterThan(b) ? -1 : b.IsBetterThan(a) ? 1 : 0);
            return;
        }

        var keys = ArrayPool<long>.Shared.Rent(ranked.Length);
        try
        {
            for (var k = 0; k < ranked.Length; k++)
            {
                keys[k] = ranked[k].Key | (uint)ranked[k].Index;
            }

            RadixSort.Sort(keys.AsSpan(0, ranked.Length), 0);
            for (var k = 0; k < ranked.Length; k++)
            {
                ranked[k] = new Ranked(keys[k] & ~IndexMask, (int)(keys[k] & IndexMask));
            }
        }
        finally
        {
            ArrayPool<long>.Shared.Return(keys);
        }
    }

    // Reads every member before anything is written: the output may overlap them.
    private static void Rank(Candidate[] items, ReadOnlySpan<long> members, Span<Ranked> ranked)
    {
        for (var k = 0; k < members.Length; k++)
        {
            var index = (int)members[k];
            ranked[k] = new Ranked(RankKey(items[index]), index);
        }
    }

    /// <summary>
    /// Smaller key = better: priority, then confidence, then length (up to a million characters,
    /// far longer than any finding), all descending; the low <see cref="IndexBits"/> bits stay free.
    /// </summary>
    private static long RankKey(in Candidate candidate)
    {
        long priority = 127 - Math.Clamp(candidate.Label.Priority, 0, 127);
        long confidence = 1000 - candidate.ConfidenceMilli;
        long length = (1 << 20) - 1 - Math.Min(candidate.End - candidate.Start, (1 << 20) - 1);
        return (priority << 56) | (confidence << 46) | (length << IndexBits);
    }

    private const int IndexBits = 26;
    private const long IndexMask = (1L << IndexBits) - 1;

    private readonly record struct Ranked(long Key, int Index)
    {
        // Equal ranks keep the order in which the detectors found them.
        public bool IsBetterThan(in Ranked other) => Key < other.Key || (Key == other.Key && Index < other.Index);
    }
}
