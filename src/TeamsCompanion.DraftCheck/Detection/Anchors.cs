using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Offsets of the characters the e-mail, IPv6 and placeholder scanners start from: '@' and
/// the brackets of a spelled-out one ("[at]", "(at)", "{at}"), colons, and the openers of a
/// template placeholder ("[Naam]", "&lt;datum&gt;", "{{x}}", "XX-XX"). Listed by the digit-run
/// pass (<see cref="DigitRuns.Of(ReadOnlySpan{char}, Anchors?)"/>) from the blocks it loads
/// anyway, so neither the three scanners nor a pass of its own read the whole text for them.
/// The buffers are rented when the first anchor of their kind turns up; dispose to return them.
/// </summary>
internal sealed class Anchors : IDisposable
{
    // Dense letters have a few anchors per thousand characters: start small, grow when full.
    private const int InitialCapacity = 256;

    private int[] markers = [];
    private int[] colons = [];
    private int[] openers = [];
    private int markerCount;
    private int colonCount;
    private int openerCount;

    /// <summary>Offsets of '@', '[', '(' and '{', ascending.</summary>
    public ReadOnlySpan<int> Markers => markers.AsSpan(0, markerCount);

    /// <summary>Offsets of ':', ascending.</summary>
    public ReadOnlySpan<int> Colons => colons.AsSpan(0, colonCount);

    /// <summary>Offsets of '[', '&lt;', '{' and 'X', ascending.</summary>
    public ReadOnlySpan<int> Openers => openers.AsSpan(0, openerCount);

    /// <summary>The anchors of <paramref name="text"/>, from the digit-run pass (whose runs are dropped).</summary>
    public static Anchors Of(ReadOnlySpan<char> text)
    {
        var anchors = new Anchors();
        DigitRuns.Of(text, anchors).Dispose();
        return anchors;
    }

    // '[' and '{' differ only in bit 0x20, and no other character sets to '{' with it: one
    // compare finds both. The compares are combined as vectors and tested once per block; bit
    // masks are made only for the few blocks that hold an anchor.

    /// <summary>Adds the anchors of the wide block at <paramref name="at"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(Vector512<ushort> block, int at)
    {
        var brackets = Vector512.Equals(block | Vector512.Create((ushort)0x20), Vector512.Create((ushort)'{'));
        var markerChars = brackets | Vector512.Equals(block, Vector512.Create((ushort)'@')) | Vector512.Equals(block, Vector512.Create((ushort)'('));
        var colonChars = Vector512.Equals(block, Vector512.Create((ushort)':'));
        var openerChars = brackets | Vector512.Equals(block, Vector512.Create((ushort)'<')) | Vector512.Equals(block, Vector512.Create((ushort)'X'));
        if ((markerChars | colonChars | openerChars) != Vector512<ushort>.Zero)
        {
            AddBits(at, (uint)markerChars.ExtractMostSignificantBits(), (uint)colonChars.ExtractMostSignificantBits(), (uint)openerChars.ExtractMostSignificantBits());
        }
    }

    /// <summary>Adds the anchors of the block at <paramref name="at"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(Vector256<ushort> block, int at)
    {
        var brackets = Vector256.Equals(block | Vector256.Create((ushort)0x20), Vector256.Create((ushort)'{'));
        var markerChars = brackets | Vector256.Equals(block, Vector256.Create((ushort)'@')) | Vector256.Equals(block, Vector256.Create((ushort)'('));
        var colonChars = Vector256.Equals(block, Vector256.Create((ushort)':'));
        var openerChars = brackets | Vector256.Equals(block, Vector256.Create((ushort)'<')) | Vector256.Equals(block, Vector256.Create((ushort)'X'));
        if ((markerChars | colonChars | openerChars) != Vector256<ushort>.Zero)
        {
            AddBits(at, markerChars.ExtractMostSignificantBits(), colonChars.ExtractMostSignificantBits(), openerChars.ExtractMostSignificantBits());
        }
    }

    /// <summary>Adds <paramref name="c"/> at <paramref name="at"/> when it is an anchor.</summary>
    public void Add(char c, int at) =>
        AddBits(at, c is '@' or '[' or '(' or '{' ? 1u : 0u, c == ':' ? 1u : 0u, c is '[' or '<' or '{' or 'X' ? 1u : 0u);

    /// <summary>Adds the offsets of the set bits (bit k = offset <paramref name="at"/> + k).</summary>
    private void AddBits(int at, uint markerBits, uint colonBits, uint openerBits)
    {
        if ((markerBits | colonBits | openerBits) == 0)
        {
            return;
        }

        markerCount = Add(ref markers, markerCount, at, markerBits);
        colonCount = Add(ref colons, colonCount, at, colonBits);
        openerCount = Add(ref openers, openerCount, at, openerBits);
    }

    private static int Add(ref int[] buffer, int count, int at, uint bits)
    {
        if (count + BitOperations.PopCount(bits) > buffer.Length)
        {
            // A block adds at most 32, so the first buffer or a doubled one has room for it.
            var larger = ArrayPool<int>.Shared.Rent(Math.Max(InitialCapacity, buffer.Length * 2));
            if (buffer.Length > 0)
            {
                buffer.AsSpan(0, count).CopyTo(larger);
                ArrayPool<int>.Shared.Return(buffer);
            }

            buffer = larger;
        }

        for (; bits != 0; bits &= bits - 1)
        {
            buffer[count++] = at + BitOperations.TrailingZeroCount(bits);
        }

        return count;
    }

    public void Dispose()
    {
        // Offsets only, no draft characters: the buffers go back uncleared.
        Return(ref markers);
        Return(ref colons);
        Return(ref openers);
        markerCount = colonCount = openerCount = 0;
    }

    private static void Return(ref int[] buffer)
    {
        if (buffer.Length > 0)
        {
            ArrayPool<int>.Shared.Return(buffer);
            buffer = [];
        }
    }
}
