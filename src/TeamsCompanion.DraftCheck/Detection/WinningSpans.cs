using System.Buffers;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// The spans of VAT and IBAN candidates that overlap no other VAT or IBAN candidate. Nothing
/// else ranks as high (<see cref="Priority"/>), so the greedy selection keeps each of them,
/// whatever the later detectors add, and drops every candidate that overlaps one: a number
/// group starting inside an IBAN ("NL91 ABNA 0417 1643 00" holds a landline's shape) need not
/// be evaluated, nor its context searched, nor its candidate ranked.
/// </summary>
internal ref struct WinningSpans
{
    private long[] spans;
    private int count;
    private int next;

    /// <summary>Collects the spans from the candidates <paramref name="sink"/> holds so far.</summary>
    public static WinningSpans Of(CandidateSet sink)
    {
        var added = sink.Added;
        if (added.IsEmpty)
        {
            return new WinningSpans { spans = [] };
        }

        // Start in the high half, end in the low: sorting the longs sorts by start.
        var spans = ArrayPool<long>.Shared.Rent(added.Length);
        var count = 0;
        foreach (ref readonly var candidate in added)
        {
            if (candidate.Label.Priority >= Priority.Iban)
            {
                spans[count++] = ((long)candidate.Start << 32) | (uint)candidate.End;
            }
        }

        // The country-code pass adds them nearly in text order: most checks need no sort.
        var all = spans.AsSpan(0, count);
        for (var i = 1; i < all.Length; i++)
        {
            if (all[i] < all[i - 1])
            {
                all.Sort();
                break;
            }
        }

        // A span that starts before an earlier one ends, or ends after the next one starts,
        // may lose to it: it is left out.
        var kept = 0;
        var reach = int.MinValue;
        for (var i = 0; i < all.Length; i++)
        {
            var (start, end) = ((int)(all[i] >> 32), (int)all[i]);
            var alone = start >= reach && (i + 1 == all.Length || (int)(all[i + 1] >> 32) >= end);
            reach = Math.Max(reach, end);
            if (alone)
            {
                all[kept++] = all[i];
            }
        }

        return new WinningSpans { spans = spans, count = kept };
    }

    /// <summary>
    /// Whether <paramref name="position"/> lies inside one of the spans. Positions must be
    /// asked in increasing order.
    /// </summary>
    public bool Covers(int position)
    {
        while (next < count && (int)spans[next] <= position)
        {
            next++;
        }

        return next < count && (int)(spans[next] >> 32) <= position;
    }

    public void Dispose()
    {
        if (spans.Length > 0)
        {
            ArrayPool<long>.Shared.Return(spans);
        }

        spans = [];
    }
}
