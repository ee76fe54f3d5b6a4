using System.Runtime.CompilerServices;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Finds digit-only identifiers (BSN, phone, payment card, driving licence) however the
/// digits are grouped. Digits are read as runs ("chunks") joined by short separator runs
/// (space, dot, dash, slash, brackets, one line break), and every chunk-aligned window of up
/// to 19 digits is validated. Windows never split a chunk, so a BSN is not found inside a
/// longer number. Each digit is visited a bounded number of times: linear time.
/// </summary>
internal sealed class NumberGroupDetector
{
    private const int MaxDigits = 19;
    private const int MaxSeparatorRun = 3;

    private readonly List<Chunk> chunks = [];

    // One long loop per check: run optimised code from the first call (see README).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Scan(ReadOnlySpan<char> text, DigitRuns runs, CandidateSet sink)
    {
        Span<char> digits = stackalloc char[MaxDigits];
        var groupEnd = 0;
        for (var r = 0; r < runs.Count; r++)
        {
            // Runs inside the previous group (after a separator) were read with it.
            if (runs[r] < groupEnd)
            {
                continue;
            }

            groupEnd = ReadGroup(text, runs[r]);
            EvaluateGroup(text, sink, digits);
        }
    }

    private int ReadGroup(ReadOnlySpan<char> text, int position)
    {
        chunks.Clear();
        while (true)
        {
            var start = position;
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                position++;
            }

            var gluedRight = IsGluedRight(text, position);
            chunks.Add(new Chunk(start, position, IsGluedLeft(text, start), gluedRight));
            if (gluedRight)
            {
                return position;
            }

            var separatorEnd = position;
            var lineBreaks = 0;
            while (separatorEnd < text.Length && separatorEnd - position < MaxSeparatorRun && IsSeparator(text[separatorEnd]))
            {
                lineBreaks += text[separatorEnd] == '\n' ? 1 : 0;
                separatorEnd++;
            }

            if (separatorEnd == position || lineBreaks > 1 || separatorEnd >= text.Length || !char.IsAsciiDigit(text[separatorEnd]))
            {
                return position;
            }

            position = separatorEnd;
        }
    }

    private void EvaluateGroup(ReadOnlySpan<char> text, CandidateSet sink, Span<char> digits)
    {
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(chunks);
        for (var a = 0; a < all.Length; a++)
        {
            var first = all[a];
            var count = 0;
            for (var b = a; b < all.Length; b++)
            {
                var chunk = all[b];
                if (count + chunk.Length > MaxDigits)
                {
                    break;
                }

                text.Slice(chunk.Start, chunk.Length).CopyTo(digits[count..]);
                count += chunk.Length;
                if (first.GluedLeft || chunk.GluedRight)
                {
                    continue;
                }

                var start = first.Start;
                var hasPlus = start > 0 && text[start - 1] == '+';

                // Without '+' no rule takes fewer than eight digits, except "0031" numbers.
                if (hasPlus || count >= 8 || (count >= 4 && digits.StartsWith("0031")))
                {
                    NumberRules.Evaluate(text, sink, start, chunk.End, digits[..count], hasPlus);
                }
            }
        }
    }

    private static bool IsSeparator(char c) => c is ' ' or '.' or '-' or '/' or '(' or ')' or '\n';

    // A letter or a decimal comma next to the digits means they belong to a code, a unit or
    // an amount ("500mg", "NL12", "1.234,56"), not to a stand-alone number.
    private static bool IsGluedLeft(ReadOnlySpan<char> text, int start) =>
        start > 0 && (char.IsLetter(text[start - 1])
            || (text[start - 1] is ',' or ':' && start > 1 && char.IsAsciiDigit(text[start - 2])));

    private static bool IsGluedRight(ReadOnlySpan<char> text, int end) =>
        end < text.Length && (char.IsLetter(text[end])
            || (text[end] is ',' or ':' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])));

    private readonly record struct Chunk(int Start, int End, bool GluedLeft, bool GluedRight)
    {
        public int Length => End - Start;
    }
}
