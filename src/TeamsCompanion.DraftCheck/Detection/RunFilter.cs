namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>
/// Picks the few digit runs an address rule can start at, a chunk at a time and without
/// branches: a branch per run was mispredicted often enough to cost more than the rules.
/// </summary>
internal static class RunFilter
{
    public const int ChunkSize = 256;

    /// <summary>
    /// Copies to <paramref name="found"/> the runs from <paramref name="r"/> on that start with
    /// 1-9 right after a space (where a house number starts), advancing <paramref name="r"/>
    /// over at most <see cref="ChunkSize"/> runs; returns how many were copied.
    /// </summary>
    public static int HouseNumbers(ReadOnlySpan<char> text, DigitRuns runs, ref int r, Span<int> found)
    {
        var n = 0;
        var end = Math.Min(runs.Count, r + Math.Min(ChunkSize, found.Length));
        for (; r < end; r++)
        {
            var p = runs[r];
            found[n] = p;

            // A run at offset 0 reads itself as its left neighbour: a digit, not a space.
            var isNumber = (text[Math.Max(p - 1, 0)] == ' ') & (text[p] != '0');
            n += isNumber ? 1 : 0;
        }

        return n;
    }

    /// <summary>
    /// Like <see cref="HouseNumbers"/>, for runs that may start a postcode: exactly four
    /// digits, the first not 0, with room for the letters.
    /// </summary>
    public static int Postcodes(ReadOnlySpan<char> text, DigitRuns runs, ref int r, Span<int> found)
    {
        var n = 0;
        var end = Math.Min(runs.Count, r + Math.Min(ChunkSize, found.Length));
        for (; r < end; r++)
        {
            var d = runs[r];
            if (d + 6 > text.Length)
            {
                // Runs ascend: no later one has room either.
                r = runs.Count;
                break;
            }

            found[n] = d;
            var isPostcode = (text[d] != '0') & ((uint)(text[d + 3] - '0') <= 9) & ((uint)(text[d + 4] - '0') > 9);
            n += isPostcode ? 1 : 0;
        }

        return n;
    }
}
