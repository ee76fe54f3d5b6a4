using System.Buffers;

namespace TeamsCompanion.DraftCheck.Normalization;

/// <summary>
/// The draft after normalisation, with a map from every normalised character back to the
/// original span it came from. Buffers are rented so a check allocates the same whatever
/// the input length; dispose to return them.
/// </summary>
internal sealed class NormalizedText : IDisposable
{
    private char[] chars;
    private int[] originStart;
    private int[] originEnd;

    public NormalizedText(int capacity)
    {
        // Rent at least one slot so empty input needs no special cases downstream.
        chars = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 1));
        originStart = ArrayPool<int>.Shared.Rent(Math.Max(capacity, 1));
        originEnd = ArrayPool<int>.Shared.Rent(Math.Max(capacity, 1));
    }

    public int Length { get; private set; }

    public ReadOnlySpan<char> Span => chars.AsSpan(0, Length);

    public void Append(char c, int start, int end)
    {
        chars[Length] = c;
        originStart[Length] = start;
        originEnd[Length] = end;
        Length++;
    }

    /// <summary>Copies characters that need no normalisation, one to one.</summary>
    public void AppendRun(ReadOnlySpan<char> run, int start)
    {
        run.CopyTo(chars.AsSpan(Length));
        var starts = originStart.AsSpan(Length, run.Length);
        var ends = originEnd.AsSpan(Length, run.Length);
        for (var k = 0; k < starts.Length; k++)
        {
            starts[k] = start + k;
            ends[k] = start + k + 1;
        }

        Length += run.Length;
    }

    /// <summary>Maps the normalised range [start, end) to an original (start, length).</summary>
    public (int Start, int Length) ToOriginal(int start, int end)
    {
        var originalStart = originStart[start];
        return (originalStart, originEnd[end - 1] - originalStart);
    }

    public void Dispose()
    {
        if (chars.Length == 0)
        {
            return;
        }

        ArrayPool<char>.Shared.Return(chars);
        ArrayPool<int>.Shared.Return(originStart);
        ArrayPool<int>.Shared.Return(originEnd);
        chars = [];
        originStart = [];
        originEnd = [];
    }
}
