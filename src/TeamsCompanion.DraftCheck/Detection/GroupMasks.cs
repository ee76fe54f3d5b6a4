using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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
        var bytes = Load(text, start);
        digits = Digits(bytes);
        lineBreaks = Equal(bytes, '\n');
        separators = Equal(bytes, ' ') | Equal(bytes, '.') | Equal(bytes, '-') | Equal(bytes, '/') | Equal(bytes, '(') | Equal(bytes, ')') | lineBreaks;
        Known = Length;
    }

    public static bool IsSupported => Avx2.IsSupported;

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
        var bytes = Load(text, start);
        var stretch = NumberLike(bytes);
        if (stretch == uint.MaxValue)
        {
            return false;
        }

        var digits = Digits(bytes);
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

    /// <summary>
    /// The characters as bytes, saturated: one above 0xFF becomes 0xFF (0 from 0x8000 on),
    /// neither a digit nor a separator. Half the compares of testing the characters.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> Load(ReadOnlySpan<char> text, int start)
    {
        var packed = Avx2.PackUnsignedSaturate(CharBlocks.Load(text, start).AsInt16(), CharBlocks.Load(text, start + CharBlocks.Size).AsInt16());

        // The pack works per 128-bit half: put the four 8-byte quarters back in text order.
        return Avx2.Permute4x64(packed.AsUInt64(), 0b11_01_10_00).AsByte();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Digits(Vector256<byte> bytes) =>
        Vector256.LessThanOrEqual(bytes - Vector256.Create((byte)'0'), Vector256.Create((byte)9)).ExtractMostSignificantBits();

    // Digits, '(' to '/' (the separators among them), space and line break: three compares.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint NumberLike(Vector256<byte> bytes) =>
        (Vector256.LessThanOrEqual(bytes - Vector256.Create((byte)'('), Vector256.Create((byte)('9' - '(')))
            | Vector256.Equals(bytes, Vector256.Create((byte)' '))
            | Vector256.Equals(bytes, Vector256.Create((byte)'\n'))).ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Equal(Vector256<byte> bytes, char c) => Vector256.Equals(bytes, Vector256.Create((byte)c)).ExtractMostSignificantBits();
}
