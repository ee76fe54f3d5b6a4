namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>Collects candidates from all detectors and keeps the best non-overlapping ones.</summary>
internal sealed class CandidateSet
{
    private readonly List<Candidate> candidates = [];

    public int Count => candidates.Count;

    public void Add(in Candidate candidate) => candidates.Add(candidate);

    /// <summary>
    /// Greedy selection by priority, then confidence, then length. Accepted spans are kept
    /// sorted by start so each overlap test is a binary search: O(k log k) for k candidates.
    /// </summary>
    public List<Candidate> Resolve()
    {
        candidates.Sort(static (a, b) =>
        {
            var byPriority = b.Priority.CompareTo(a.Priority);
            if (byPriority != 0)
            {
                return byPriority;
            }

            var byConfidence = b.Confidence.CompareTo(a.Confidence);
            return byConfidence != 0 ? byConfidence : (b.End - b.Start).CompareTo(a.End - a.Start);
        });

        var accepted = new List<Candidate>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var index = LowerBound(accepted, candidate.Start);
            var overlapsPrevious = index > 0 && accepted[index - 1].End > candidate.Start;
            var overlapsNext = index < accepted.Count && accepted[index].Start < candidate.End;
            if (!overlapsPrevious && !overlapsNext)
            {
                accepted.Insert(index, candidate);
            }
        }

        accepted.RemoveAll(static c => c.IsSuppressor);
        return accepted;
    }

    private static int LowerBound(List<Candidate> sorted, int start)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (sorted[mid].Start < start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
