using System.Buffers;
using System.Runtime.CompilerServices;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Collects candidates from all detectors and keeps the best non-overlapping ones. Storage is
/// rented: a large document yields tens of thousands of candidates, and growing a list of them
/// put arrays on the large-object heap on every check (and a gen-2 GC behind each).
/// </summary>
internal sealed class CandidateSet : IDisposable
{
    // 26 bits of candidate index: far more than the input cap of 2 million characters yields.
    private const int IndexBits = 26;
    private const long IndexMask = (1L << IndexBits) - 1;

    private Candidate[] items;
    private long[] accepted = [];

    /// <param name="expected">
    /// How many candidates the detectors will likely add. Growing by doubling copied every
    /// candidate (three references each, so with write barriers) about once more.
    /// </param>
    public CandidateSet(int expected = 64)
    {
        items = ArrayPool<Candidate>.Shared.Rent(Math.Clamp(expected, 64, 1 << 20));
    }

    public int Count { get; private set; }

    public void Add(in Candidate candidate)
    {
        // An empty span has no original offsets to map back to; no detector should produce
        // one, and dropping it here keeps a detector bug from becoming a crash.
        if (candidate.End <= candidate.Start)
        {
            return;
        }

        if (Count == items.Length)
        {
            var larger = ArrayPool<Candidate>.Shared.Rent(items.Length * 2);
            items.AsSpan(0, Count).CopyTo(larger);
            ReturnItems();
            items = larger;
        }

        items[Count++] = candidate;
    }

    /// <summary>
    /// Greedy selection by priority, then confidence, then length, then the order in which
    /// detectors found them, via a radix sort of packed integer keys (a comparison delegate was the
    /// largest cost in profiles; sorting keys with a separate index array was next). Taken positions
    /// are marked in a rented bitmap, so each candidate costs its own length. Afterwards
    /// <see cref="AcceptedCount"/> and <see cref="Accepted"/> give the kept, non-suppressor
    /// candidates ordered by start; no list is built, because with thousands of findings it
    /// landed on the large-object heap.
    /// </summary>
    public void Resolve(int textLength)
    {
        ReturnAccepted();
        var keys = ArrayPool<long>.Shared.Rent(Math.Max(Count, 1));
        var taken = ArrayPool<bool>.Shared.Rent(Math.Max(textLength, 1));

        // Beyond 2^26 candidates (only with a raised input cap) the index needs its own array.
        var order = Count > IndexMask ? ArrayPool<int>.Shared.Rent(Count) : null;
        try
        {
            // The candidate's index sits in the low bits, so one array sorts and ties keep
            // the detectors' order.
            for (var k = 0; k < Count; k++)
            {
                keys[k] = RankKey(items[k]);
                if (order is null)
                {
                    keys[k] |= (uint)k;
                }
                else
                {
                    order[k] = k;
                }
            }

            if (order is null)
            {
                RadixSort.Sort(keys.AsSpan(0, Count), IndexBits);
            }
            else
            {
                Array.Sort(keys, order, 0, Count);
            }

            Array.Clear(taken, 0, textLength);

            var acceptedCount = 0;
            for (var k = 0; k < Count; k++)
            {
                var index = order is null ? (int)(keys[k] & IndexMask) : order[k];
                ref readonly var candidate = ref items[index];
                var span = taken.AsSpan(candidate.Start, candidate.End - candidate.Start);
                if (span.Contains(true))
                {
                    continue;
                }

                span.Fill(true);
                if (!candidate.IsSuppressor)
                {
                    // Reuse the key buffer: start in the high bits, candidate index in the low.
                    keys[acceptedCount++] = ((long)candidate.Start << 32) | (uint)index;
                }
            }

            // Accepted candidates do not overlap, so their starts are unique.
            RadixSort.Sort(keys.AsSpan(0, acceptedCount), 32);
            accepted = keys;
            AcceptedCount = acceptedCount;
            keys = null;
        }
        finally
        {
            if (keys is not null)
            {
                ArrayPool<long>.Shared.Return(keys);
            }

            ArrayPool<bool>.Shared.Return(taken);
            if (order is not null)
            {
                ArrayPool<int>.Shared.Return(order);
            }
        }
    }

    public int AcceptedCount { get; private set; }

    public ref readonly Candidate Accepted(int index) => ref items[(int)(accepted[index] & 0xFFFF_FFFF)];

    public void Dispose()
    {
        ReturnAccepted();
        ReturnItems();
        items = [];
        Count = 0;
    }

    // Rented arrays come back cleared, so only the used part holds references to clear.
    private void ReturnItems()
    {
        if (items.Length > 0)
        {
            items.AsSpan(0, Count).Clear();
            ArrayPool<Candidate>.Shared.Return(items);
        }
    }

    private void ReturnAccepted()
    {
        if (accepted.Length > 0)
        {
            ArrayPool<long>.Shared.Return(accepted);
        }

        accepted = [];
        AcceptedCount = 0;
    }

    /// <summary>
    /// Smaller key = better: priority, then confidence, then length, all descending; the low
    /// <see cref="IndexBits"/> bits are left for the candidate's index.
    /// </summary>
    private static long RankKey(in Candidate candidate)
    {
        long priority = 127 - Math.Clamp(candidate.Priority, 0, 127);
        long confidence = 1000 - (long)Math.Round(Math.Clamp(candidate.Confidence, 0, 1) * 1000);
        long length = (1 << 20) - 1 - Math.Min(candidate.End - candidate.Start, (1 << 20) - 1);
        return (priority << 56) | (confidence << 46) | (length << IndexBits);
    }
}
