using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Offsets where a run of ASCII digits starts, found in one vectorised pass and shared by the
/// number scanners (eight of them), so none of them searches the text for digits again.
/// The buffer is rented; dispose to return it.
/// </summary>
internal sealed class DigitRuns : IDisposable
{
    // Starts in the first half, ends in the second: one rented buffer instead of two.
    private int[] buffer;
    private int half;

    private DigitRuns(int[] buffer, int half, int count)
    {
        this.buffer = buffer;
        this.half = half;
        Count = count;
    }

    public int Count { get; private set; }

    public int this[int index] => buffer[index];

    /// <summary>Offset just past the last digit of run <paramref name="index"/>: found with the starts, so no scanner counts digits again.</summary>
    public int End(int index) => buffer[half + index];

    /// <summary>All run starts, ascending: a loop over a span needs no bounds check per run.</summary>
    public ReadOnlySpan<int> Starts => buffer.AsSpan(0, Count);

    /// <summary>All run ends, by run: see <see cref="Starts"/>.</summary>
    public ReadOnlySpan<int> Ends => buffer.AsSpan(half, Count);

    /// <summary>The digit runs of <paramref name="text"/>.</summary>
    public static DigitRuns Of(ReadOnlySpan<char> text) => Of(text, null);

    /// <summary>
    /// The digit runs of <paramref name="text"/>; also lists its anchors into
    /// <paramref name="anchors"/>, from the same blocks: a second pass cost a load and a loop per
    /// block again, for three compares.
    /// </summary>
    // One long loop per check: run optimised code from the first call (see README).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static DigitRuns Of(ReadOnlySpan<char> text, Anchors? anchors)
    {
        // At most one run start per two characters (a digit and a separator).
        var half = (text.Length / 2) + 1;
        var buffer = ArrayPool<int>.Shared.Rent(2 * half);
        var starts = buffer.AsSpan(0, half);
        var ends = buffer.AsSpan(half, half);
        var count = 0;
        var endCount = 0;
        var i = 0;
        // A run starts at a digit whose left neighbour (the previous block's last character for
        // bit 0) is no digit.
        uint carry = 0;
        if (CharBlocks.IsWideAccelerated)
        {
            // Blocks of 32 characters where 64-byte vectors are accelerated: half the block work.
            for (; i + CharBlocks.WideSize <= text.Length; i += CharBlocks.WideSize)
            {
                var block = CharBlocks.LoadWide(text, i);
                AddBlock(text, i, CharBlocks.WideSize, CharBlocks.Digits(block), ref carry, starts, ref count, ends, ref endCount);
                anchors?.Add(block, i);
            }
        }

        if (CharBlocks.IsAccelerated)
        {
            for (; i + CharBlocks.Size <= text.Length; i += CharBlocks.Size)
            {
                var block = CharBlocks.Load(text, i);
                AddBlock(text, i, CharBlocks.Size, CharBlocks.Digits(block), ref carry, starts, ref count, ends, ref endCount);
                anchors?.Add(block, i);
            }
        }

        for (; i < text.Length; i++)
        {
            anchors?.Add(text[i], i);
            if (!char.IsAsciiDigit(text[i]))
            {
                continue;
            }

            if (i == 0 || !char.IsAsciiDigit(text[i - 1]))
            {
                starts[count++] = i;
            }

            if (i + 1 == text.Length || !char.IsAsciiDigit(text[i + 1]))
            {
                ends[endCount++] = i + 1;
            }
        }

        return new DigitRuns(buffer, half, count);
    }

    /// <summary>Adds the run starts and ends in the block of <paramref name="size"/> characters at <paramref name="i"/>, whose digits are <paramref name="digits"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddBlock(ReadOnlySpan<char> text, int i, int size, uint digits, ref uint carry, Span<int> starts, ref int count, Span<int> ends, ref int endCount)
    {
        var runStarts = digits & ~((digits << 1) | carry);
        carry = digits >> (size - 1);
        for (; runStarts != 0; runStarts &= runStarts - 1)
        {
            starts[count++] = i + BitOperations.TrailingZeroCount(runStarts);
        }

        // A run ends at a digit whose right neighbour (the next block's first character for the
        // last bit) is no digit.
        var nextIsDigit = i + size < text.Length && char.IsAsciiDigit(text[i + size]) ? 1u : 0u;
        for (var runEnds = digits & ~((digits >> 1) | (nextIsDigit << (size - 1))); runEnds != 0; runEnds &= runEnds - 1)
        {
            ends[endCount++] = i + BitOperations.TrailingZeroCount(runEnds) + 1;
        }
    }

    public void Dispose()
    {
        if (buffer.Length > 0)
        {
            ArrayPool<int>.Shared.Return(buffer);
            buffer = [];
            half = 0;
            Count = 0;
        }
    }
}
