using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Offsets of every word start (a letter not preceded by a letter or digit), found in one
/// pass and shared by the word-based scanners, so each of them visits words, not characters.
/// The buffer is rented; dispose to return it.
/// </summary>
internal sealed class WordStarts : IDisposable
{
    private int[] starts;

    private WordStarts(int[] starts, int count)
    {
        this.starts = starts;
        Count = count;
    }

    public int Count { get; private set; }

    public int this[int index] => starts[index];

    // One long loop per check: run optimised code from the first call (see README).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static WordStarts Of(ReadOnlySpan<char> text)
    {
        // At most one word start per two characters (a letter and a separator).
        var buffer = ArrayPool<int>.Shared.Rent(Math.Max((text.Length / 2) + 1, 1));
        var count = 0;
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
                        Classify(text[k], k, buffer, ref count, ref previousIsWordChar);
                    }

                    continue;
                }

                var letters = CharBlocks.AsciiLetters(block);
                var wordChars = letters | CharBlocks.Digits(block);
                var wordStarts = letters & ~((wordChars << 1) | (previousIsWordChar ? 1u : 0u));
                previousIsWordChar = (wordChars >> (CharBlocks.Size - 1)) != 0;
                for (; wordStarts != 0; wordStarts &= wordStarts - 1)
                {
                    buffer[count++] = i + BitOperations.TrailingZeroCount(wordStarts);
                }
            }
        }

        for (; i < text.Length; i++)
        {
            Classify(text[i], i, buffer, ref count, ref previousIsWordChar);
        }

        return new WordStarts(buffer, count);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Classify(char c, int i, int[] buffer, ref int count, ref bool previousIsWordChar)
    {
        var isLetter = char.IsAsciiLetter(c) || (c >= 0x80 && char.IsLetter(c));
        if (isLetter && !previousIsWordChar)
        {
            buffer[count++] = i;
        }

        previousIsWordChar = isLetter || char.IsAsciiDigit(c) || (c >= 0x80 && char.IsDigit(c));
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
