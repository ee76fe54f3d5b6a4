using System.Buffers;
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
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var isLetter = char.IsAsciiLetter(c) || (c >= 0x80 && char.IsLetter(c));
            if (isLetter && !previousIsWordChar)
            {
                buffer[count++] = i;
            }

            previousIsWordChar = isLetter || char.IsAsciiDigit(c) || (c >= 0x80 && char.IsDigit(c));
        }

        return new WordStarts(buffer, count);
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
