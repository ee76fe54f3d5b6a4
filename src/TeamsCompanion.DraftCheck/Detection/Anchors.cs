using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Offsets of the characters the e-mail, IPv6 and placeholder scanners start from: '@' and
/// the brackets of a spelled-out one ("[at]", "(at)", "{at}"), colons, and the openers of a
/// template placeholder ("[Naam]", "&lt;datum&gt;", "{{x}}", "XX-XX"). Found in one vectorised
/// pass, so the three scanners do not each search the whole text (each search cost more than
/// its scanner's work at the characters it found). The buffers are rented; dispose to return them.
/// </summary>
internal sealed class Anchors : IDisposable
{
    // Dense letters have a few anchors per thousand characters: start small, grow when full.
    private const int InitialCapacity = 256;

    private int[] markers;
    private int[] colons;
    private int[] openers;
    private int markerCount;
    private int colonCount;
    private int openerCount;

    private Anchors()
    {
        markers = ArrayPool<int>.Shared.Rent(InitialCapacity);
        colons = ArrayPool<int>.Shared.Rent(InitialCapacity);
        openers = ArrayPool<int>.Shared.Rent(InitialCapacity);
    }

    /// <summary>Offsets of '@', '[', '(' and '{', ascending.</summary>
    public ReadOnlySpan<int> Markers => markers.AsSpan(0, markerCount);

    /// <summary>Offsets of ':', ascending.</summary>
    public ReadOnlySpan<int> Colons => colons.AsSpan(0, colonCount);

    /// <summary>Offsets of '[', '&lt;', '{' and 'X', ascending.</summary>
    public ReadOnlySpan<int> Openers => openers.AsSpan(0, openerCount);

    // One long loop per check: run optimised code from the first call (see README).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Anchors Of(ReadOnlySpan<char> text)
    {
        var anchors = new Anchors();
        var i = 0;
        // '[' and '{' differ only in bit 0x20, and no other character sets to '{' with it:
        // one compare finds both. The compares are combined as vectors and tested once per
        // block; bit masks are made only for the few blocks that hold an anchor.
        if (CharBlocks.IsWideAccelerated)
        {
            for (; i + CharBlocks.WideSize <= text.Length; i += CharBlocks.WideSize)
            {
                var block = CharBlocks.LoadWide(text, i);
                var brackets = Vector512.Equals(block | Vector512.Create((ushort)0x20), Vector512.Create((ushort)'{'));
                var markers = brackets | Vector512.Equals(block, Vector512.Create((ushort)'@')) | Vector512.Equals(block, Vector512.Create((ushort)'('));
                var colons = Vector512.Equals(block, Vector512.Create((ushort)':'));
                var openers = brackets | Vector512.Equals(block, Vector512.Create((ushort)'<')) | Vector512.Equals(block, Vector512.Create((ushort)'X'));
                if ((markers | colons | openers) != Vector512<ushort>.Zero)
                {
                    anchors.AddBlock(i, (uint)markers.ExtractMostSignificantBits(), (uint)colons.ExtractMostSignificantBits(), (uint)openers.ExtractMostSignificantBits());
                }
            }
        }

        if (CharBlocks.IsAccelerated)
        {
            for (; i + CharBlocks.Size <= text.Length; i += CharBlocks.Size)
            {
                var block = CharBlocks.Load(text, i);
                var brackets = Vector256.Equals(block | Vector256.Create((ushort)0x20), Vector256.Create((ushort)'{'));
                var markers = brackets | Vector256.Equals(block, Vector256.Create((ushort)'@')) | Vector256.Equals(block, Vector256.Create((ushort)'('));
                var colons = Vector256.Equals(block, Vector256.Create((ushort)':'));
                var openers = brackets | Vector256.Equals(block, Vector256.Create((ushort)'<')) | Vector256.Equals(block, Vector256.Create((ushort)'X'));
                if ((markers | colons | openers) != Vector256<ushort>.Zero)
                {
                    anchors.AddBlock(i, markers.ExtractMostSignificantBits(), colons.ExtractMostSignificantBits(), openers.ExtractMostSignificantBits());
                }
            }
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            anchors.AddBlock(i, c is '@' or '[' or '(' or '{' ? 1u : 0u, c == ':' ? 1u : 0u, c is '[' or '<' or '{' or 'X' ? 1u : 0u);
        }

        return anchors;
    }

    /// <summary>Adds the offsets of the set bits (bit k = offset <paramref name="at"/> + k).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddBlock(int at, uint markerBits, uint colonBits, uint openerBits)
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
            var larger = ArrayPool<int>.Shared.Rent(buffer.Length * 2);
            buffer.AsSpan(0, count).CopyTo(larger);
            ArrayPool<int>.Shared.Return(buffer);
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
        if (markers.Length > 0)
        {
            ArrayPool<int>.Shared.Return(markers);
            ArrayPool<int>.Shared.Return(colons);
            ArrayPool<int>.Shared.Return(openers);
            markers = colons = openers = [];
            markerCount = colonCount = openerCount = 0;
        }
    }
}
