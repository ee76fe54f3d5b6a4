using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Offsets of every word start (a letter not preceded by a letter or digit), found in one
/// pass and shared by the word-based scanners, so each of them visits words, not characters.
/// Alongside, the notable word starts: capitalised, at the start of the text, or right after
/// a line break or '@'. The name and address scanners need only those (about one word in
/// five) and used to test every word. The buffers are rented; dispose to return them.
/// </summary>
internal sealed class WordStarts : IDisposable
{
    private int[] starts;
    private int[] notable;

    private WordStarts(int[] starts, int count, int[] notable, int notableCount)
    {
        this.starts = starts;
        this.notable = notable;
        Count = count;
        NotableCount = notableCount;
    }

    public int Count { get; private set; }

    public int this[int index] => starts[index];

    /// <summary>All word starts, ascending: a loop over a span needs no bounds check per word.</summary>
    public ReadOnlySpan<int> Starts => starts.AsSpan(0, Count);

    public int NotableCount { get; private set; }

    /// <summary>The offset of the <paramref name="index"/>th notable word start.</summary>
    public int Notable(int index) => notable[index];

    /// <summary>All notable word starts, ascending: a loop over a span needs no bounds check per word.</summary>
    public ReadOnlySpan<int> NotableStarts => notable.AsSpan(0, NotableCount);

    // One long loop per check: run optimised code from the first call (see README).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static WordStarts Of(ReadOnlySpan<char> text)
    {
        // At most one word start per two characters (a letter and a separator).
        var buffer = ArrayPool<int>.Shared.Rent(Math.Max((text.Length / 2) + 1, 1));
        var notable = ArrayPool<int>.Shared.Rent(Math.Max((text.Length / 2) + 1, 1));
        var count = 0;
        var notableCount = 0;
        var previousIsWordChar = false;
        var i = 0;
        if (CharBlocks.IsAccelerated)
        {
            for (; i + CharBlocks.Size <= text.Length; i += CharBlocks.Size)
            {
                var block = CharBlocks.Load(text, i);
                if (!CharBlocks.IsAscii(block))
                {
                    // Unicode letters and digits need char.IsLetter: classify this block one by one.
                    for (var k = i; k < i + CharBlocks.Size; k++)
                    {
                        Classify(text, k, buffer, ref count, notable, ref notableCount, ref previousIsWordChar);
                    }

                    continue;
                }

                var letters = CharBlocks.AsciiLetters(block);
                var wordChars = letters | CharBlocks.Digits(block);
                var wordStarts = letters & ~((wordChars << 1) | (previousIsWordChar ? 1u : 0u));
                previousIsWordChar = (wordChars >> (CharBlocks.Size - 1)) != 0;
                for (var bits = wordStarts; bits != 0; bits &= bits - 1)
                {
                    buffer[count++] = i + BitOperations.TrailingZeroCount(bits);
                }

                var breaks = CharBlocks.Equal(block, '\n') | CharBlocks.Equal(block, '@');
                var afterBreak = (breaks << 1) | (i == 0 || text[i - 1] is '\n' or '@' ? 1u : 0u);
                for (var bits = wordStarts & (CharBlocks.AsciiUppers(block) | afterBreak); bits != 0; bits &= bits - 1)
                {
                    notable[notableCount++] = i + BitOperations.TrailingZeroCount(bits);
                }
            }
        }

        for (; i < text.Length; i++)
        {
            Classify(text, i, buffer, ref count, notable, ref notableCount, ref previousIsWordChar);
        }

        return new WordStarts(buffer, count, notable, notableCount);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Classify(ReadOnlySpan<char> text, int i, int[] buffer, ref int count, int[] notable, ref int notableCount, ref bool previousIsWordChar)
    {
        var c = text[i];
        var isLetter = char.IsAsciiLetter(c) || (c >= 0x80 && char.IsLetter(c));
        if (isLetter && !previousIsWordChar)
        {
            buffer[count++] = i;
            if (i == 0 || char.IsUpper(c) || text[i - 1] is '\n' or '@')
            {
                notable[notableCount++] = i;
            }
        }

        previousIsWordChar = isLetter || char.IsAsciiDigit(c) || (c >= 0x80 && char.IsDigit(c));
    }

    public void Dispose()
    {
        if (starts.Length > 0)
        {
            ArrayPool<int>.Shared.Return(starts);
            ArrayPool<int>.Shared.Return(notable);
            starts = notable = [];
            Count = NotableCount = 0;
        }
    }
}
