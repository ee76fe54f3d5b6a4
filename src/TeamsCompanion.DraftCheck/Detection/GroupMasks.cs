using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// The <see cref="Length"/> characters from a digit run's start as bit masks (bit k for the
/// character at start + k): digits, separators, line breaks. They tell at once whether the
/// run can start an identifier at all, and where its chunks end and the next ones start,
/// without a branch per character. The default value knows no characters.
/// </summary>
internal readonly struct GroupMasks
{
    public const int Length = 2 * CharBlocks.Size;

    private readonly uint digits;
    private readonly uint separators;
    private readonly uint lineBreaks;

    /// <summary>The caller guarantees <see cref="Length"/> characters from <paramref name="start"/>.</summary>
    public GroupMasks(ReadOnlySpan<char> text, int start)
    {
        var low = CharBlocks.Load(text, start);
        var high = CharBlocks.Load(text, start + CharBlocks.Size);
        digits = CharBlocks.Digits(low) | (CharBlocks.Digits(high) << CharBlocks.Size);
        lineBreaks = CharBlocks.Equal(low, '\n') | (CharBlocks.Equal(high, '\n') << CharBlocks.Size);
        separators = Separators(low) | (Separators(high) << CharBlocks.Size) | lineBreaks;
        Known = Length;
    }

    /// <summary>How many characters the masks describe: <see cref="Length"/> or none.</summary>
    public int Known { get; }

    /// <summary>
    /// True when no window from <paramref name="start"/> can have eight digits, nor four
    /// starting "0031": the unbroken stretch of digits and separator-like characters (a group
    /// never leaves it) in the <see cref="Length"/> characters from there holds fewer. Most
    /// runs (day numbers, house numbers, amounts) end here. The caller guarantees the
    /// characters.
    /// </summary>
    public static bool TooFewDigits(ReadOnlySpan<char> text, int start)
    {
        var low = CharBlocks.Load(text, start);
        var high = CharBlocks.Load(text, start + CharBlocks.Size);
        var stretch = NumberLike(low) | (NumberLike(high) << CharBlocks.Size);
        if (stretch == uint.MaxValue)
        {
            return false;
        }

        var digits = CharBlocks.Digits(low) | (CharBlocks.Digits(high) << CharBlocks.Size);
        var inStretch = BitOperations.PopCount(digits & ((1u << BitOperations.TrailingZeroCount(~stretch)) - 1));
        return inStretch < 4 || (inStretch < NumberGroupDetector.MinDigits && text[start] != '0');
    }

    /// <summary>The offset just past the digits from <paramref name="offset"/>, at most <see cref="Known"/>.</summary>
    public int DigitsEnd(int offset) =>
        offset >= Known ? offset : offset + BitOperations.TrailingZeroCount(~(digits >> offset));

    /// <summary>
    /// Where the chunk after the one ending at <paramref name="position"/> starts, or -1 when
    /// the group ends there: one to three separators, at most one line break, then a digit.
    /// Needs the masks to know three characters past <paramref name="position"/>.
    /// </summary>
    public int NextChunk(int start, int position)
    {
        var offset = position - start;
        var run = BitOperations.TrailingZeroCount(~(separators >> offset) | (1u << NumberGroupDetector.MaxSeparatorRun));
        return run == 0
            || BitOperations.PopCount((lineBreaks >> offset) & ((1u << run) - 1)) > 1
            || ((digits >> (offset + run)) & 1) == 0
            ? -1
            : position + run;
    }

    // Digits, '(' to '/' (the separators among them), space and line break: three compares.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint NumberLike(Vector256<ushort> block) =>
        (Vector256.LessThanOrEqual(block - Vector256.Create((ushort)'('), Vector256.Create((ushort)('9' - '(')))
            | Vector256.Equals(block, Vector256.Create((ushort)' '))
            | Vector256.Equals(block, Vector256.Create((ushort)'\n'))).ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Separators(Vector256<ushort> block) =>
        CharBlocks.Equal(block, ' ') | CharBlocks.Equal(block, '.') | CharBlocks.Equal(block, '-') | CharBlocks.Equal(block, '/')
        | CharBlocks.Equal(block, '(') | CharBlocks.Equal(block, ')');
}
