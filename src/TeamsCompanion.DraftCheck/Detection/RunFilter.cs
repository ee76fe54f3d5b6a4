using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Picks the few digit runs an address rule can start at, in one pass over the runs and
/// without branches: a branch per run was mispredicted often enough to cost more than the
/// rules, and a pass per rule read every run's characters twice.
/// </summary>
internal static class RunFilter
{
    /// <summary>
    /// Copies to <paramref name="postcodes"/> the runs that may start a postcode (exactly four
    /// digits, the first not 0, then an upper-case letter at once or after a space, as
    /// <see cref="PostcodeRules.TryRead"/> requires) and to <paramref name="numbers"/> those that
    /// may start a house number (1-9 right after a word and a space). Both must hold
    /// <see cref="DigitRuns.Count"/> offsets.
    /// </summary>
    // One long loop per check: run optimised code from the first call (see README).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (int Postcodes, int Numbers) Split(ReadOnlySpan<char> text, DigitRuns runs, Span<int> postcodes, Span<int> numbers)
    {
        var starts = runs.Starts;
        var ends = runs.Ends;
        if (postcodes.Length < starts.Length || numbers.Length < starts.Length)
        {
            throw new ArgumentException("The buffers must hold a run each.");
        }

        var pc = 0;
        var nc = 0;
        var r = 0;

        // Runs before offset 2 have no word and space before them; the loop below reads both.
        for (; r < starts.Length && starts[r] < 2; r++)
        {
            var d = starts[r];
            if (d + 6 <= text.Length && IsPostcodeShape(text[d], ends[r] - d, text[d + 4], text[d + 5]))
            {
                postcodes[pc++] = d;
            }
        }

        // Every offset read below lies in [d - 2, d + 6), inside the text, and both counts stay
        // below the run count, which the buffers hold: unchecked, the loop is half as long, and
        // the counts stay in registers.
        ref var text0 = ref MemoryMarshal.GetReference(text);
        ref var start0 = ref MemoryMarshal.GetReference(starts);
        ref var end0 = ref MemoryMarshal.GetReference(ends);
        ref var postcode0 = ref MemoryMarshal.GetReference(postcodes);
        ref var number0 = ref MemoryMarshal.GetReference(numbers);
        if (CharBlocks.IsAccelerated)
        {
            r = SplitFours(text, starts, r, ref postcode0, ref pc, ref number0, ref nc);
        }

        ref var wordEnds0 = ref MemoryMarshal.GetReference(WordEnds);
        for (; r < starts.Length; r++)
        {
            var d = Unsafe.Add(ref start0, r);
            if (d + 6 > text.Length)
            {
                // Runs ascend: no later one has room for a postcode either.
                break;
            }

            // Two reads cover the characters both tests need: d - 2 to d + 1, and d + 4 and d + 5.
            ref var at = ref Unsafe.As<char, byte>(ref Unsafe.Add(ref text0, d));
            var around = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Subtract(ref at, 4));
            var after = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref at, 8));
            Unsafe.Add(ref postcode0, pc) = d;
            Unsafe.Add(ref number0, nc) = d;
            // Counted as sums of 0/1 values: written as conditions, the JIT made branches of them.
            var last = (uint)around & 0xFFFF;
            var isWordEnd = Unsafe.Add(ref wordEnds0, (nint)Math.Min(last, 0xFFu));
            var notZero = Bit(((uint)(around >> 32) & 0xFFFF) != '0');
            nc += (int)(isWordEnd & Bit(((uint)(around >> 16) & 0xFFFF) == ' ') & notZero);
            var next = after & 0xFFFF;
            var letters = Bit(next - 'A' <= 'Z' - 'A') | (Bit(next == ' ') & Bit((after >> 16) - 'A' <= 'Z' - 'A'));
            pc += (int)(notZero & Bit(Unsafe.Add(ref end0, r) - d == 4) & letters);
        }

        for (; r < starts.Length; r++)
        {
            var d = starts[r];
            if (FollowsWord(text[d], text[d - 1], text[d - 2]))
            {
                numbers[nc++] = d;
            }
        }

        return (pc, nc);
    }

    /// <summary>
    /// The runs from <paramref name="r"/> on, four at a time: the eight characters from two
    /// before each run (d - 2 to d + 5) are one 128-bit lane, so both tests take three vector
    /// compares for four runs (in one 64-byte vector where AVX-512 is accelerated, else in two
    /// 32-byte ones) where the scalar loop took some fifty instructions a run. Returns the first
    /// run left to the scalar loop.
    /// </summary>
    // One long loop per check: run optimised code from the first call (see README).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int SplitFours(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, int r, ref int postcode0, ref int pc, ref int number0, ref int nc)
    {
        ref var chars0 = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        ref var start0 = ref MemoryMarshal.GetReference(starts);
        var p = pc;
        var n = nc;

        // One range per lane position: the letter before the space (folded to lower case), the
        // space, the first digit (not 0), three more digits, and the two postcode letters.
        var fold = Vector256.Create((ushort)0x20, 0, 0, 0, 0, 0, 0, 0, 0x20, 0, 0, 0, 0, 0, 0, 0);
        var low = Vector256.Create((ushort)'a', ' ', '1', '0', '0', '0', 'A', 'A', 'a', ' ', '1', '0', '0', '0', 'A', 'A');
        var span = Vector256.Create((ushort)25, 0, 8, 9, 9, 9, 25, 25, 25, 0, 8, 9, 9, 9, 25, 25);

        // What the ranges leave out: an apostrophe ending the word, a space before the letters.
        var other = Vector256.Create((ushort)'\'', 0, 0, 0, 0, 0, ' ', 0, '\'', 0, 0, 0, 0, 0, ' ', 0);
        var nonAscii = Vector256.Create((ushort)0x80);
        var wideFold = Vector512.Create(fold, fold);
        var wideLow = Vector512.Create(low, low);
        var wideSpan = Vector512.Create(span, span);
        var wideOther = Vector512.Create(other, other);
        for (; r + 4 <= starts.Length; r += 4)
        {
            var d0 = Unsafe.Add(ref start0, r);
            var d1 = Unsafe.Add(ref start0, r + 1);
            var d2 = Unsafe.Add(ref start0, r + 2);
            var d3 = Unsafe.Add(ref start0, r + 3);
            if (d3 + 6 > text.Length)
            {
                break;
            }

            // Bit 8k + j stands for character d_k - 2 + j.
            uint inRange, isOther, isNonAscii;
            if (CharBlocks.IsWideAccelerated)
            {
                // All four lanes in one register: a compare and a mask move per test.
                var all = Vector512.Create(
                    Vector256.Create(Vector128.LoadUnsafe(ref chars0, (nuint)(d0 - 2)), Vector128.LoadUnsafe(ref chars0, (nuint)(d1 - 2))),
                    Vector256.Create(Vector128.LoadUnsafe(ref chars0, (nuint)(d2 - 2)), Vector128.LoadUnsafe(ref chars0, (nuint)(d3 - 2))));
                inRange = (uint)Vector512.LessThanOrEqual((all | wideFold) - wideLow, wideSpan).ExtractMostSignificantBits();
                isOther = (uint)Vector512.Equals(all, wideOther).ExtractMostSignificantBits();
                isNonAscii = (uint)Vector512.GreaterThanOrEqual(all, Vector512.Create((ushort)0x80)).ExtractMostSignificantBits();
            }
            else
            {
                var first = Vector256.Create(Vector128.LoadUnsafe(ref chars0, (nuint)(d0 - 2)), Vector128.LoadUnsafe(ref chars0, (nuint)(d1 - 2)));
                var second = Vector256.Create(Vector128.LoadUnsafe(ref chars0, (nuint)(d2 - 2)), Vector128.LoadUnsafe(ref chars0, (nuint)(d3 - 2)));
                inRange = InRange(first, fold, low, span) | (InRange(second, fold, low, span) << 16);
                isOther = Vector256.Equals(first, other).ExtractMostSignificantBits() | (Vector256.Equals(second, other).ExtractMostSignificantBits() << 16);
                isNonAscii = Vector256.GreaterThanOrEqual(first, nonAscii).ExtractMostSignificantBits()
                    | (Vector256.GreaterThanOrEqual(second, nonAscii).ExtractMostSignificantBits() << 16);
            }

            // Adding 1 at the lowest bit of a lane's span carries to the bit above it only when
            // the whole span is set: one add tests several characters, with no carry into the
            // next lane. The number bit lands at 8k + 3, the postcode bit at 8k + 6. Three more
            // digits and a letter (or a space and a letter) after the first: exactly four digits,
            // as IsPostcodeShape has it.
            var wordNumber = (inRange & 0x06060606u) | ((inRange | isOther | isNonAscii) & 0x01010101u);
            var isNumber = ((wordNumber + 0x01010101u) >> 3) & 0x01010101u;
            var letters = inRange | (isOther & (inRange >> 1));
            var isPostcode = (((inRange & 0x3C3C3C3Cu) + 0x04040404u) & letters) >> 6 & 0x01010101u;

            n = Append(ref number0, n, isNumber, d0, d1, d2, d3);

            // Few runs are postcodes: a branch is cheaper than four stores.
            if (isPostcode != 0)
            {
                p = Append(ref postcode0, p, isPostcode, d0, d1, d2, d3);
            }
        }

        pc = p;
        nc = n;
        return r;
    }

    /// <summary>
    /// Appends each run start whose lane bit (bit 8k for <paramref name="d0"/> + k) is set, to
    /// the list at <paramref name="list0"/> holding <paramref name="count"/>; returns the new
    /// count. Every start is written, counted only when its bit is set: no branch per run.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Append(ref int list0, int count, uint bits, int d0, int d1, int d2, int d3)
    {
        Unsafe.Add(ref list0, count) = d0;
        count += (int)(bits & 1);
        Unsafe.Add(ref list0, count) = d1;
        count += (int)((bits >> 8) & 1);
        Unsafe.Add(ref list0, count) = d2;
        count += (int)((bits >> 16) & 1);
        Unsafe.Add(ref list0, count) = d3;
        return count + (int)((bits >> 24) & 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint InRange(Vector256<ushort> chars, Vector256<ushort> fold, Vector256<ushort> low, Vector256<ushort> span) =>
        Vector256.LessThanOrEqual((chars | fold) - low, span).ExtractMostSignificantBits();

    /// <summary>
    /// Characters that may end the word before a house number (see <see cref="FollowsWord"/>),
    /// by code up to 0xFF, which stands for all above it.
    /// </summary>
    private static ReadOnlySpan<byte> WordEnds =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    ];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Bit(bool condition) => Unsafe.BitCast<bool, byte>(condition);

    /// <summary>
    /// True when a run starting with <paramref name="first"/> (not 0) follows a space
    /// (<paramref name="space"/>) and before it a letter or apostrophe (or any character outside
    /// ASCII, <paramref name="last"/>): the street rules reach a number only after a whole word.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool FollowsWord(char first, char space, char last)
    {
        var isWordEnd = ((uint)((last | 0x20) - 'a') <= 'z' - 'a') | (last == '\'') | (last >= 0x80);
        return (first != '0') & (space == ' ') & isWordEnd;
    }

    /// <summary>
    /// True when a run of <paramref name="length"/> digits starting with <paramref name="first"/>
    /// is followed by an upper-case ASCII letter (<paramref name="next"/>), or by a space and one
    /// (<paramref name="second"/>): the shape <see cref="PostcodeRules.TryRead"/> requires.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPostcodeShape(char first, int length, char next, char second)
    {
        var letters = ((uint)(next - 'A') <= 'Z' - 'A') | ((next == ' ') & ((uint)(second - 'A') <= 'Z' - 'A'));
        return (first != '0') & (length == 4) & letters;
    }
}
