using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Finds digit-only identifiers (BSN, phone, payment card, driving licence) however the
/// digits are grouped. Digits are read as runs ("chunks") joined by short separator runs
/// (space, dot, dash, slash, brackets, one line break), and every chunk-aligned window of up
/// to 19 digits is validated. Windows never split a chunk, so a BSN is not found inside a
/// longer number. Each digit is visited a bounded number of times: linear time.
/// </summary>
/// <remarks>
/// Every digit run starts a chunk of some group, and reading on from any chunk gives the same
/// chunks as reading the group from its start. So each run is taken on its own as the first
/// chunk of its windows, in text order (the order the windows were evaluated in group by
/// group), and a run is dropped at once when its windows cannot reach a rule.
/// </remarks>
internal static class NumberGroupDetector
{
    private const int MaxDigits = 19;
    internal const int MaxSeparatorRun = 3;

    /// <summary>Room for the digits of a window and a whole vector stored at its last digit.</summary>
    internal const int DigitsLength = MaxDigits + CharBlocks.Size;

    // Without '+' no rule takes fewer than eight digits, except "0031" numbers.
    internal const int MinDigits = 8;

    // One long loop per check: run optimised code from the first call (see README).
    // RunNumberDetectors runs this loop's body together with two other detectors.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scan(ReadOnlySpan<char> text, DigitRuns runs, CandidateSet sink)
    {
        // The keyword windows before the run being evaluated; valid for this text only.
        var before = default(ContextBefore);
        Span<char> digits = stackalloc char[DigitsLength];
        using var winning = WinningSpans.Of(sink);
        var starts = runs.Starts;
        var ends = runs.Ends;
        for (var r = 0; r < starts.Length; r++)
        {
            var start = starts[r];
            if (MayStart(text, starts, ends, r, start, start > 0 ? text[start - 1] : ' ', out var hasPlus) && !winning.Covers(start))
            {
                EvaluateFrom(text, runs, r, hasPlus, digits, sink, ref before);
            }
        }
    }

    /// <summary>
    /// Whether windows can start at run <paramref name="r"/> (at <paramref name="start"/>, after
    /// <paramref name="previous"/>, a space at the text's start). Whether they overlap an IBAN or
    /// VAT number that is sure to be kept (<see cref="WinningSpans"/>) is for the caller to ask.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MayStart(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int r, int start, char previous, out bool hasPlus)
    {
        // Most runs (day numbers, house numbers, amounts) end here, by the run lengths alone:
        // no rule takes fewer than four digits, nor fewer than eight without a '+' or a
        // leading "0031", and a group never reaches further than its runs joined by gaps of
        // one to three characters.
        hasPlus = false;
        var reach = Reach(starts, ends, r);
        if (reach < 4 || IsGluedLeft(text, start, previous))
        {
            return false;
        }

        hasPlus = previous == '+';
        return hasPlus || reach >= MinDigits || (text[start] == '0' && MayBe0031(text, start, ends[r]));
    }

    /// <summary>
    /// How many digits the windows from run <paramref name="r"/> can hold at most, counted up
    /// to <see cref="MinDigits"/>: as if every gap of one to three characters joined two runs.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Reach(ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int r)
    {
        var count = 0;
        while (true)
        {
            var end = ends[r];
            count += end - starts[r];
            if (count >= MinDigits || ++r == starts.Length || starts[r] - end > MaxSeparatorRun)
            {
                return count;
            }
        }
    }

    /// <summary>
    /// Whether windows from the run at <paramref name="start"/> can begin "0031" (the only
    /// rule for fewer than eight digits without '+'): the run's digits, up to four, must.
    /// A leading "00" or "03" (dates, amounts) ends here rather than in a walk of its group.
    /// </summary>
    private static bool MayBe0031(ReadOnlySpan<char> text, int start, int end)
    {
        var length = Math.Min(end - start, 4);
        return text.Slice(start, length).SequenceEqual("0031".AsSpan(0, length));
    }

    /// <summary>Evaluates the windows that start with run <paramref name="r"/>, shortest first.</summary>
    public static void EvaluateFrom(ReadOnlySpan<char> text, DigitRuns runs, int r, bool hasPlus, Span<char> digits, CandidateSet sink, ref ContextBefore before)
    {
        var count = 0;
        var start = runs[r];
        while (true)
        {
            // DigitRuns knows where each chunk ends: no character is read to find it.
            var chunkStart = runs[r];
            var position = runs.End(r);
            var length = position - chunkStart;
            if (count + length > MaxDigits)
            {
                return;
            }

            if (length <= CharBlocks.Size && chunkStart + CharBlocks.Size <= text.Length)
            {
                CharBlocks.Load(text, chunkStart).StoreUnsafe(ref Unsafe.As<char, ushort>(ref digits[count]));
            }
            else
            {
                text[chunkStart..position].CopyTo(digits[count..]);
            }

            count += length;

            // A chunk glued to a letter ends the group and no window.
            if (IsGluedRight(text, position))
            {
                return;
            }

            if (hasPlus || count >= MinDigits || (count >= 4 && digits.StartsWith("0031")))
            {
                NumberRules.Evaluate(text, sink, start, position, digits[..count], hasPlus, ref before);
            }

            if (++r == runs.Count || !IsJoint(text, position, runs[r]))
            {
                return;
            }
        }
    }

    /// <summary>
    /// Whether the characters between a chunk ending at <paramref name="end"/> and the next
    /// digit at <paramref name="next"/> join them into one group: one to three separators,
    /// at most one of them a line break.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsJoint(ReadOnlySpan<char> text, int end, int next)
    {
        if (next - end > MaxSeparatorRun)
        {
            return false;
        }

        var lineBreaks = 0;
        for (var i = end; i < next; i++)
        {
            if (!IsSeparator(text[i]))
            {
                return false;
            }

            lineBreaks += text[i] == '\n' ? 1 : 0;
        }

        return lineBreaks <= 1;
    }

    // Inlined: the JIT left it a call per separator character.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSeparator(char c) => c is ' ' or '.' or '-' or '/' or '(' or ')' or '\n';

    // A letter or a decimal comma next to the digits means they belong to a code, a unit or
    // an amount ("500mg", "NL12", "1.234,56"), not to a stand-alone number.
    // Inlined: it runs for every digit run, and the call cost more than the test.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsGluedLeft(ReadOnlySpan<char> text, int start, char previous) =>
        char.IsLetter(previous) || (previous is ',' or ':' && start > 1 && char.IsAsciiDigit(text[start - 2]));

    private static bool IsGluedRight(ReadOnlySpan<char> text, int end) =>
        end < text.Length && (char.IsLetter(text[end])
            || (text[end] is ',' or ':' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])));
}
