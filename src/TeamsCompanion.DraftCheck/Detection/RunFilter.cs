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
    /// digits, the first not 0, with room for the letters) and to <paramref name="numbers"/>
    /// those that may start a house number (1-9 right after a word and a space). Both must hold
    /// <see cref="DigitRuns.Count"/> offsets.
    /// </summary>
    public static (int Postcodes, int Numbers) Split(ReadOnlySpan<char> text, DigitRuns runs, Span<int> postcodes, Span<int> numbers)
    {
        var pc = 0;
        var nc = 0;
        var starts = runs.Starts;
        var r = 0;
        for (; r < starts.Length; r++)
        {
            var d = starts[r];
            if (d + 6 > text.Length)
            {
                // Runs ascend: no later one has room for a postcode either.
                break;
            }

            var first = text[d];
            postcodes[pc] = d;
            numbers[nc] = d;

            var isNumber = (first != '0') & FollowsWord(text, d);
            var isPostcode = (first != '0') & (runs.End(r) - d == 4);
            nc += isNumber ? 1 : 0;
            pc += isPostcode ? 1 : 0;
        }

        for (; r < starts.Length; r++)
        {
            var d = starts[r];
            if (text[d] != '0' && FollowsWord(text, d))
            {
                numbers[nc++] = d;
            }
        }

        return (pc, nc);
    }

    /// <summary>
    /// True when a space and before it a letter or apostrophe (or any character outside ASCII)
    /// precede <paramref name="d"/>: the street rules reach a number only after a whole word.
    /// </summary>
    private static bool FollowsWord(ReadOnlySpan<char> text, int d)
    {
        // Near offset 0 the clamped reads find a digit or a space, neither of which passes.
        var space = text[Math.Max(d - 1, 0)];
        var last = text[Math.Max(d - 2, 0)];
        var isWordEnd = ((uint)((last | 0x20) - 'a') <= 'z' - 'a') | (last == '\'') | (last >= 0x80);
        return (space == ' ') & isWordEnd;
    }
}
