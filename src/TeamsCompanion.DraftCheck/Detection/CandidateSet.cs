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
    private Candidate[] items;
    private long[] keys = [];
    private int maxStart;

    /// <param name="expected">
    /// How many candidates the detectors will likely add. Growing by doubling copied every
    /// candidate about once more.
    /// </param>
    public CandidateSet(int expected = 64)
    {
        items = ArrayPool<Candidate>.Shared.Rent(Math.Clamp(expected, 64, 1 << 20));
    }

    public int Count { get; private set; }

    /// <summary>The candidates added so far, in the order they were added.</summary>
    public ReadOnlySpan<Candidate> Added => items.AsSpan(0, Count);

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
        maxStart = Math.Max(maxStart, candidate.Start);
    }

    /// <summary>
    /// Greedy selection by priority, then confidence, then length, then the order in which
    /// detectors found them. Which of two candidates wins only matters when they overlap, so the
    /// candidates are sorted by start once (<see cref="StartOrder"/>) and split into groups that
    /// overlap among themselves; most groups are one candidate, kept as it is, and only the
    /// others are ranked. That gives the same answer as ranking all of them, which cost four
    /// radix passes, a pass to put the kept ones back in text order and a bitmap as long as the text.
    /// Afterwards <see cref="AcceptedCount"/> and <see cref="Accepted"/> give the kept,
    /// non-suppressor candidates ordered by start; no list is built, because with thousands of
    /// findings it landed on the large-object heap.
    /// </summary>
    public void Resolve()
    {
        ReturnKeys();
        keys = ArrayPool<long>.Shared.Rent(Math.Max(Count, 1));

        // Candidates that start together keep the detectors' order.
        StartOrder.Sort(items.AsSpan(0, Count), keys.AsSpan(0, Count), maxStart);

        // The kept ones are written over the keys already read (a group keeps at most its own
        // number), so they need no array of their own and no candidate is copied.
        var acceptedCount = 0;
        var group = 0;
        while (group < Count)
        {
            var groupEnd = items[(int)keys[group]].End;
            var next = group + 1;
            while (next < Count && items[(int)keys[next]].Start < groupEnd)
            {
                groupEnd = Math.Max(groupEnd, items[(int)keys[next]].End);
                next++;
            }

            if (next == group + 1)
            {
                var single = keys[group];
                if (!items[(int)single].IsSuppressor)
                {
                    keys[acceptedCount++] = single;
                }
            }
            else
            {
                var members = keys.AsSpan(group, next - group);
                var kept = OverlapResolver.Resolve(items, members, members);
                members[..kept].CopyTo(keys.AsSpan(acceptedCount));
                acceptedCount += kept;
            }

            group = next;
        }

        AcceptedCount = acceptedCount;
    }

    public int AcceptedCount { get; private set; }

    public ref readonly Candidate Accepted(int index) => ref items[(int)keys[index]];

    public void Dispose()
    {
        ReturnKeys();
        ReturnItems();
        items = [];
        Count = 0;
        maxStart = 0;
    }

    // Not cleared: candidates hold no references, so a pooled array keeps nothing alive.
    private void ReturnItems()
    {
        if (items.Length > 0)
        {
            ArrayPool<Candidate>.Shared.Return(items);
        }
    }

    private void ReturnKeys()
    {
        if (keys.Length > 0)
        {
            ArrayPool<long>.Shared.Return(keys);
        }

        keys = [];
        AcceptedCount = 0;
    }
}
