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
    /// those that may start a house number (1-9 right after a space). Both must hold
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

            // A run at offset 0 reads itself as its left neighbour: a digit, not a space.
            var isNumber = (text[Math.Max(d - 1, 0)] == ' ') & (first != '0');
            var isPostcode = (first != '0') & ((uint)(text[d + 3] - '0') <= 9) & ((uint)(text[d + 4] - '0') > 9);
            nc += isNumber ? 1 : 0;
            pc += isPostcode ? 1 : 0;
        }

        for (; r < starts.Length; r++)
        {
            var d = starts[r];
            if (text[Math.Max(d - 1, 0)] == ' ' && text[d] != '0')
            {
                numbers[nc++] = d;
            }
        }

        return (pc, nc);
    }
}
