using System.Buffers;

namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>Collects candidates from all detectors and keeps the best non-overlapping ones.</summary>
internal sealed class CandidateSet
{
    private readonly List<Candidate> candidates = [];

    public int Count => candidates.Count;

    public void Add(in Candidate candidate) => candidates.Add(candidate);

    /// <summary>
    /// Greedy selection by priority, then confidence, then length. Taken positions are marked
    /// in a rented bitmap of the text, so each candidate costs its own length: O(k log k + Σ length).
    /// </summary>
    public List<Candidate> Resolve(int textLength)
    {
        candidates.Sort(static (a, b) =>
        {
            var byPriority = b.Priority.CompareTo(a.Priority);
            if (byPriority != 0)
            {
                return byPriority;
            }

            var byConfidence = b.Confidence.CompareTo(a.Confidence);
            if (byConfidence != 0)
            {
                return byConfidence;
            }

            var byLength = (b.End - b.Start).CompareTo(a.End - a.Start);
            return byLength != 0 ? byLength : a.Start.CompareTo(b.Start);
        });

        var taken = ArrayPool<bool>.Shared.Rent(Math.Max(textLength, 1));
        try
        {
            Array.Clear(taken, 0, textLength);
            var accepted = new List<Candidate>(candidates.Count);
            foreach (var candidate in candidates)
            {
                var span = taken.AsSpan(candidate.Start, candidate.End - candidate.Start);
                if (span.Contains(true))
                {
                    continue;
                }

                span.Fill(true);
                if (!candidate.IsSuppressor)
                {
                    accepted.Add(candidate);
                }
            }

            accepted.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            return accepted;
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(taken);
        }
    }
}
