using System.Buffers;
using System.Runtime.CompilerServices;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Offsets where a run of ASCII digits starts, found in one vectorised pass and shared by the
/// number scanners (eight of them), so none of them searches the text for digits again.
/// The buffer is rented; dispose to return it.
/// </summary>
internal sealed class DigitRuns : IDisposable
{
    private int[] starts;

    private DigitRuns(int[] starts, int count)
    {
        this.starts = starts;
        Count = count;
    }

    public int Count { get; private set; }

    public int this[int index] => starts[index];

    // One long loop per check: run optimised code from the first call (see README).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static DigitRuns Of(ReadOnlySpan<char> text)
    {
        // At most one run start per two characters (a digit and a separator).
        var buffer = ArrayPool<int>.Shared.Rent(Math.Max((text.Length / 2) + 1, 1));
        var count = 0;
        for (var i = 0; (i = TextScan.NextDigit(text, i)) >= 0; i = TextScan.SkipDigits(text, i))
        {
            buffer[count++] = i;
        }

        return new DigitRuns(buffer, count);
    }

    public void Dispose()
    {
        if (starts.Length > 0)
        {
            ArrayPool<int>.Shared.Return(starts);
            starts = [];
            Count = 0;
        }
    }
}
