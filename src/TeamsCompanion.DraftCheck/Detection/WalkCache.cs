using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Outcomes of trie walks by the characters the walk read, so a word that comes back (words
/// repeat a lot in running text) costs one compare instead of a walk. A walk reads the word
/// start and as far as the trie has a path (five characters or fewer for most words, more
/// for multi-word terms); its outcome holds for any text with the same characters there, so
/// an entry is checked exactly and never gives a wrong answer. Direct-mapped by the first
/// eight characters; a walk that reads more than <see cref="Window"/> characters is not kept.
/// </summary>
internal static class WalkCache
{
    /// <summary>
    /// The characters an entry holds: two 32-byte vectors, or one 64-byte vector where those are
    /// accelerated. Sixteen would leave out the closings ("Met vriendelijke groet"), which every
    /// letter has and whose walks are the longest.
    /// </summary>
    public const int Window = 32;

    private const int Bits = 10;

    /// <summary>The number of entries in a table.</summary>
    public const int Size = 1 << Bits;

    // One table per thread, all zeros while not in use. Not from ArrayPool: a pool hands out
    // new arrays uninitialised, and a stray entry could then pass for a kept walk.
    [ThreadStatic]
    private static WalkOutcome[]? spare;

    /// <summary>
    /// A table to look outcomes up in, all zeros: a zero entry matches nothing (see
    /// <see cref="WalkOutcome.Free"/>). Give it back with <see cref="Return"/>.
    /// </summary>
    public static WalkOutcome[] Rent()
    {
        var table = spare ?? new WalkOutcome[Size];
        spare = null;
        return table;
    }

    /// <summary>
    /// Takes the table back with the entries marked in <paramref name="kept"/> (a bit per entry
    /// written) cleared, so all zeros again. Its entries would stay true for any later text, but
    /// they hold pieces of this draft, and draft text is not kept after its check (privacy by
    /// design). Clearing only the written entries, not the whole table (about 120 KB), is what
    /// makes a table pay off for a 5 KB draft.
    /// </summary>
    public static void Return(WalkOutcome[] table, ReadOnlySpan<ulong> kept)
    {
        var written = 0;
        foreach (var word in kept)
        {
            written += System.Numerics.BitOperations.PopCount(word);
        }

        if (written > Size / 4)
        {
            Array.Clear(table);
        }
        else
        {
            for (var w = 0; w < kept.Length; w++)
            {
                for (var bits = kept[w]; bits != 0; bits &= bits - 1)
                {
                    table[(w * 64) + System.Numerics.BitOperations.TrailingZeroCount(bits)] = default;
                }
            }
        }

        spare = table;
    }

    /// <summary>The index of the entry for the characters at <paramref name="start"/>, which has <see cref="Window"/> characters after it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Slot(ref ushort text0, int start)
    {
        ref var at = ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref text0, start));
        var head = Unsafe.ReadUnaligned<ulong>(ref at);
        var next = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref at, sizeof(ulong)));
        var hash = ((head * 0x9E3779B97F4A7C15ul) ^ next) * 0xD6E8FEB86659FD93ul;
        return (int)(hash >> (64 - Bits));
    }

    /// <summary>True when <paramref name="outcome"/> holds for the characters at <paramref name="start"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Holds(in WalkOutcome outcome, ref ushort text0, int start)
    {
        ref var chars = ref Unsafe.As<Vector256<ushort>, ushort>(ref Unsafe.AsRef(in outcome.Head));
        ulong equal;
        if (Vector512.IsHardwareAccelerated)
        {
            equal = Vector512.Equals(Vector512.LoadUnsafe(ref text0, (nuint)start), Vector512.LoadUnsafe(ref chars)).ExtractMostSignificantBits();
        }
        else
        {
            equal = Vector256.Equals(Vector256.LoadUnsafe(ref text0, (nuint)start), outcome.Head).ExtractMostSignificantBits()
                | (Vector256.Equals(Vector256.LoadUnsafe(ref text0, (nuint)start + 16), outcome.Tail).ExtractMostSignificantBits() << 16);
        }

        return (equal | outcome.Free) == ulong.MaxValue;
    }

    /// <summary>
    /// Keeps the outcome of a walk from <paramref name="start"/> that read the characters
    /// before <paramref name="reach"/> (at least the three the walk's start node stands for).
    /// </summary>
    /// <returns>False when the outcome cannot be kept and the entry is unchanged.</returns>
    public static bool Keep(ref WalkOutcome outcome, ref ushort text0, int start, int reach, uint lists, in TermHits hits)
    {
        var length = Math.Max(reach - start, 3);
        if (length > Window)
        {
            return false;
        }

        outcome.Head = Vector256.LoadUnsafe(ref text0, (nuint)start);
        outcome.Tail = Vector256.LoadUnsafe(ref text0, (nuint)start + 16);
        outcome.Free = ~((1ul << length) - 1);

        // Field by field, into the entry: a match built aside and copied in as a whole was read
        // back in wide loads from narrow stores, which stall store forwarding.
        outcome.Start = 0;
        outcome.Lists = lists;
        for (var list = 0; list < TermTrie.ListCount; list++)
        {
            var matched = (lists & (1u << list)) != 0;
            outcome.Hits.Ends[list] = matched ? hits.Ends[list] - start : 0;
            outcome.Hits.Slots[list] = matched ? hits.Slots[list] : 0;
        }

        return true;
    }

    /// <summary>
    /// Writes the match of a kept outcome for a word at <paramref name="start"/> to <paramref
    /// name="match"/>, also when it has no lists: the caller counts it or not, without a branch
    /// on whether the word matched (about one in five does, in no pattern a predictor learns).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Restore(in WalkOutcome outcome, int start, ref WordMatch match)
    {
        // WordMatch is sequential: Start, Lists, five ends, then five slots. The first eight ints
        // move the start and the ends to the word; the last four (slots) are copied.
        ref var kept = ref Unsafe.As<int, Vector256<int>>(ref Unsafe.AsRef(in outcome.Start));
        Unsafe.As<WordMatch, Vector256<int>>(ref match) = kept + (Vector256.Create(start) & StartLanes);
        Unsafe.As<WordMatch, Vector128<int>>(ref Unsafe.AddByteOffset(ref match, 32)) =
            Unsafe.As<Vector256<int>, Vector128<int>>(ref Unsafe.AddByteOffset(ref kept, 32));
    }

    private static Vector256<int> StartLanes => Vector256.Create(-1, 0, -1, -1, -1, -1, -1, 0);
}

/// <summary>One kept walk: the characters it read, and what it found relative to the word start.</summary>
// Sequential: Head and Tail are read as one 64-byte vector.
[StructLayout(LayoutKind.Sequential)]
internal struct WalkOutcome
{
    public Vector256<ushort> Head;
    public Vector256<ushort> Tail;

    // A bit per character of the window that need not match (those past the walk's reach),
    // and all bits above the window: so a zero entry never matches.
    public ulong Free;


    // What the walk found, laid out as a WordMatch (see Restore) for a word at 0: ends are
    // offsets from the word start.
    public int Start;
    public uint Lists;
    public TermHits Hits;
}
