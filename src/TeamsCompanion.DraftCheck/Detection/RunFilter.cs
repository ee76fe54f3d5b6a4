using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
