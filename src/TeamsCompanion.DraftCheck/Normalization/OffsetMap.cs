using System.Buffers;

namespace TeamsCompanion.DraftCheck.Normalization;

/// <summary>
/// Where each normalised character came from, stored as segments: a stretch of characters
/// taken one to one from the input is one entry however long it is, and a character that
/// stands for a longer original (an entity, a tag, CRLF) is an entry of its own. Text that
/// needed no normalisation is a single segment. Entries live in rented arrays.
/// </summary>
internal struct OffsetMap : IDisposable
{
    private const int OneToOne = -1;

    private int[] normalizedStarts;
    private int[] originalStarts;
    private int[] originalWidths;
    private int count;

    public OffsetMap()
    {
        normalizedStarts = originalStarts = originalWidths = [];
    }

    /// <summary>
    /// Records that normalised [<paramref name="normalized"/>, +<paramref name="length"/>)
    /// came from original [<paramref name="start"/>, <paramref name="end"/>).
    /// </summary>
    public void Add(int normalized, int length, int start, int end)
    {
        var oneToOne = end - start == length;
        if (oneToOne && count > 0 && originalWidths[count - 1] == OneToOne
            && start - originalStarts[count - 1] == normalized - normalizedStarts[count - 1])
        {
            // Continues the previous one-to-one segment on both sides: nothing to record.
            return;
        }

        if (count == normalizedStarts.Length)
        {
            Grow();
        }

        normalizedStarts[count] = normalized;
        originalStarts[count] = start;
        originalWidths[count] = oneToOne ? OneToOne : end - start;
        count++;
    }

    /// <summary>The original [Start, End) of the normalised character at <paramref name="index"/>.</summary>
    public readonly (int Start, int End) Find(int index)
    {
        // Text that needed no normalisation (most of it) is one segment: no search.
        var segment = count == 1 ? 0 : normalizedStarts.AsSpan(0, count).BinarySearch(index);
        if (segment < 0)
        {
            // Not a segment start: it lies in the segment before the insertion point.
            segment = ~segment - 1;
        }

        var start = originalStarts[segment];
        return originalWidths[segment] == OneToOne
            ? (start + index - normalizedStarts[segment], start + index - normalizedStarts[segment] + 1)
            : (start, start + originalWidths[segment]);
    }

    public void Dispose()
    {
        if (normalizedStarts.Length > 0)
        {
            ArrayPool<int>.Shared.Return(normalizedStarts);
            ArrayPool<int>.Shared.Return(originalStarts);
            ArrayPool<int>.Shared.Return(originalWidths);
        }

        normalizedStarts = originalStarts = originalWidths = [];
        count = 0;
    }

    private void Grow()
    {
        var capacity = Math.Max(16, count * 2);
        normalizedStarts = Resize(normalizedStarts, capacity, count);
        originalStarts = Resize(originalStarts, capacity, count);
        originalWidths = Resize(originalWidths, capacity, count);
    }

    private static int[] Resize(int[] old, int capacity, int count)
    {
        var larger = ArrayPool<int>.Shared.Rent(capacity);
        old.AsSpan(0, count).CopyTo(larger);
        if (old.Length > 0)
        {
            ArrayPool<int>.Shared.Return(old);
        }

        return larger;
    }
}
