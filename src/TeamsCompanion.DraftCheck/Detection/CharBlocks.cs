using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Classifies 16 characters at a time into bit masks (bit k = character k of the block), so
/// the word and digit indexes are built with a few vector operations per block instead of a
/// branch per character. Blocks with non-ASCII characters are left to the scalar rules. Where
/// 64-byte vectors are accelerated (AVX-512), the passes over the whole text also take "wide"
/// blocks of <see cref="WideSize"/> characters: the same classifiers, one overload per width.
/// </summary>
internal static class CharBlocks
{
    public const int Size = 16;

    public const int WideSize = 32;

    public static bool IsAccelerated => Vector256.IsHardwareAccelerated;

    public static bool IsWideAccelerated => Vector512.IsHardwareAccelerated;

    /// <summary>The wide block at <paramref name="start"/>; the caller guarantees <see cref="WideSize"/> characters there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ushort> LoadWide(ReadOnlySpan<char> text, int start) =>
        Vector512.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text)), (nuint)start);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAscii(Vector512<ushort> block) => (block & Vector512.Create((ushort)0xFF80)) == Vector512<ushort>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Digits(Vector512<ushort> block) =>
        (uint)Vector512.LessThanOrEqual(block - Vector512.Create((ushort)'0'), Vector512.Create((ushort)9)).ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint AsciiLetters(Vector512<ushort> block) =>
        (uint)Vector512.LessThanOrEqual((block | Vector512.Create((ushort)0x20)) - Vector512.Create((ushort)'a'), Vector512.Create((ushort)25)).ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint AsciiUppers(Vector512<ushort> block) =>
        (uint)Vector512.LessThanOrEqual(block - Vector512.Create((ushort)'A'), Vector512.Create((ushort)25)).ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Equal(Vector512<ushort> block, char c) =>
        (uint)Vector512.Equals(block, Vector512.Create((ushort)c)).ExtractMostSignificantBits();

    /// <summary>The block at <paramref name="start"/>; the caller guarantees <see cref="Size"/> characters there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ushort> Load(ReadOnlySpan<char> text, int start) =>
        Vector256.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text)), (nuint)start);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAscii(Vector256<ushort> block) => (block & Vector256.Create((ushort)0xFF80)) == Vector256<ushort>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Digits(Vector256<ushort> block) =>
        Vector256.LessThanOrEqual(block - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9)).ExtractMostSignificantBits();

    /// <summary>ASCII letters only: the caller handles blocks with other characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint AsciiLetters(Vector256<ushort> block) =>
        Vector256.LessThanOrEqual((block | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)25)).ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint AsciiUppers(Vector256<ushort> block) =>
        Vector256.LessThanOrEqual(block - Vector256.Create((ushort)'A'), Vector256.Create((ushort)25)).ExtractMostSignificantBits();

    /// <summary>ASCII white space as <see cref="char.IsWhiteSpace(char)"/> has it: space and tab to carriage return.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint AsciiWhiteSpace(Vector256<ushort> block) =>
        (Vector256.Equals(block, Vector256.Create((ushort)' '))
            | Vector256.LessThanOrEqual(block - Vector256.Create((ushort)'\t'), Vector256.Create((ushort)('\r' - '\t')))).ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Equal(Vector256<ushort> block, char c) =>
        Vector256.Equals(block, Vector256.Create((ushort)c)).ExtractMostSignificantBits();

    /// <summary>Characters outside ASCII, which the ASCII masks above leave to the caller.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint NonAscii(Vector256<ushort> block) =>
        Vector256.GreaterThanOrEqual(block, Vector256.Create((ushort)0x80)).ExtractMostSignificantBits();

    /// <summary><see cref="NonAscii(Vector256{ushort})"/> for a wide block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint NonAscii(Vector512<ushort> block) =>
        (uint)Vector512.GreaterThanOrEqual(block, Vector512.Create((ushort)0x80)).ExtractMostSignificantBits();
}
