using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// The <see cref="Size"/> characters before one position, folded once for all the keyword
/// windows that end there (a number's driving-licence, phone, BSN, KvK and case-number
/// contexts) into lower-case ASCII bytes, any other character as 0x80. A keyword is then
/// looked for by comparing three of its bytes at 32 positions at once; a
/// case-insensitive Contains per keyword and window was the number stage's largest cost.
/// Answers exactly as <see cref="TextScan.HasBefore"/> (see <see cref="FoldedKeywords"/>).
/// </summary>
internal struct ContextBefore
{
    public const int Size = 64;
    private const int Block = 32;

    // [0, Size): the text before foldedEnd - 1, right-aligned, zeros before the text's start.
    // [Size, end): always zero, so a keyword whose last byte matches lies inside the window.
    private Bytes folded;
    private int foldedEnd;

    private static bool IsSupported => FoldedKeywords.IsSupported;

    /// <summary>True when any keyword occurs in the <paramref name="window"/> characters before <paramref name="position"/>.</summary>
    public bool HasBefore(ReadOnlySpan<char> text, int position, int window, FoldedKeywords keywords)
    {
        if (!IsSupported || window > Size)
        {
            return TextScan.HasBefore(text, position, window, keywords.Set);
        }

        var from = Math.Max(0, position - window);
        if (keywords.Other is not null && keywords.Other.OccursIn(text[from..position]))
        {
            return true;
        }

        if (foldedEnd != position + 1)
        {
            Fold(text, position);
        }

        return ContainsAny(keywords, Size - (position - from));
    }

    /// <summary>
    /// Where the folded <paramref name="keyword"/> last starts in the <paramref name="window"/>
    /// characters before the position <see cref="HasBefore"/> last folded, counted from the
    /// window's start, or -1: as a case-insensitive LastIndexOf of the text would answer.
    /// </summary>
    public readonly int LastIndexOf(ReadOnlySpan<byte> keyword, int window) =>
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<Bytes, byte>(ref Unsafe.AsRef(in folded)), Size)[(Size - window)..].LastIndexOf(keyword);

    private void Fold(ReadOnlySpan<char> text, int position)
    {
        ref var target = ref Unsafe.As<Bytes, byte>(ref folded);
        if (position >= Size)
        {
            ref var source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var at = (nuint)(position - Size);
            for (nuint i = 0; i < Size; i += Block)
            {
                var low = Fold(Vector256.LoadUnsafe(ref source, at + i));
                var high = Fold(Vector256.LoadUnsafe(ref source, at + i + (Block / 2)));
                Vector256.Narrow(low, high).StoreUnsafe(ref target, i);
            }
        }
        else
        {
            var padding = Size - position;
            MemoryMarshal.CreateSpan(ref target, padding).Clear();
            for (var i = 0; i < position; i++)
            {
                var c = text[i];
                Unsafe.Add(ref target, padding + i) = c >= 0x80 ? (byte)0x80 : (byte)char.ToLowerInvariant(c);
            }
        }

        foldedEnd = position + 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> Fold(Vector256<ushort> chars)
    {
        var upper = Vector256.LessThan(chars - Vector256.Create((ushort)'A'), Vector256.Create((ushort)26));
        return Vector256.Min(chars | (upper & Vector256.Create((ushort)0x20)), Vector256.Create((ushort)0x80));
    }

    /// <summary>Whether a keyword starts at or after <paramref name="from"/> (and so, by the zero padding, ends by <see cref="Size"/>).</summary>
    // Kept out of the number loops, which inlined it with the filter calls left out.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly bool ContainsAny(FoldedKeywords keywords, int from)
    {
        ref var bytes = ref Unsafe.As<Bytes, byte>(ref Unsafe.AsRef(in folded));
        // The bytes one and two positions on are shifted in registers from the two halves as
        // Fold stored them: loading them at an offset of one or two straddled those stores,
        // which the processor cannot forward, and stalled until they were written.
        var first = Vector256.LoadUnsafe(ref bytes);
        var second = Vector256.LoadUnsafe(ref bytes, Block);
        for (var block = from & ~(Block - 1); block < Size; block += Block)
        {
            var (current, next) = block == 0 ? (first, second) : (second, Vector256<byte>.Zero);
            var across = Avx2.Permute2x128(current, next, 0x21);
            var buckets = keywords.MayStart(current, Avx2.AlignRight(across, current, 1), Avx2.AlignRight(across, current, 2));
            var hits = ~Vector256.Equals(buckets, Vector256<byte>.Zero).ExtractMostSignificantBits();
            if (block < from)
            {
                hits &= ~0u << (from - block);
            }

            for (; hits != 0; hits &= hits - 1)
            {
                var at = BitOperations.TrailingZeroCount(hits);
                for (uint bits = buckets.GetElement(at); bits != 0; bits &= bits - 1)
                {
                    ref var candidate = ref Unsafe.Add(ref bytes, block + at);
                    foreach (var word in keywords.Buckets[BitOperations.TrailingZeroCount(bits)])
                    {
                        // The last byte first: a bucket's other keywords share the filtered bytes
                        // often enough that a call to compare each cost more than the filter.
                        if (Unsafe.Add(ref candidate, word.Length - 1) == word[^1]
                            && MemoryMarshal.CreateReadOnlySpan(ref candidate, word.Length).SequenceEqual(word))
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }

    [InlineArray(Size + FoldedKeywords.MaxLength)]
    private struct Bytes
    {
        private byte first;
    }
}
