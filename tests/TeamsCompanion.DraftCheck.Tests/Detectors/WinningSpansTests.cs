using TeamsCompanion.DraftCheck.Detection;

namespace TeamsCompanion.DraftCheck.Tests.Detectors;

/// <summary>
/// Number groups are skipped inside an IBAN or VAT candidate only when no other such
/// candidate overlaps it: otherwise it may lose, and the number inside it may be kept.
/// </summary>
public class WinningSpansTests
{
    private static readonly Label Iban = Label.Finding(FindingTypes.Iban, null, "t.iban", Priority.Iban);
    private static readonly Label Vat = Label.Suppressor("t.vat", Priority.Vat);
    private static readonly Label Email = Label.Finding(FindingTypes.Email, null, "t.email", Priority.Email);

    [Fact]
    public void Covers_only_spans_that_overlap_no_other_top_candidate()
    {
        using var sink = new CandidateSet();
        sink.Add(new Candidate(Iban, 50, 60, 1));
        sink.Add(new Candidate(Email, 0, 20, 1));
        sink.Add(new Candidate(Iban, 10, 20, 1));
        sink.Add(new Candidate(Vat, 15, 30, 1));
        sink.Add(new Candidate(Iban, 70, 80, 1));

        using var spans = WinningSpans.Of(sink);
        bool[] expected = [.. Enumerable.Range(0, 90).Select(p => p is (>= 50 and < 60) or (>= 70 and < 80))];
        var covered = new bool[90];
        for (var p = 0; p < covered.Length; p++)
        {
            covered[p] = spans.Covers(p);
        }

        Assert.Equal(expected, covered);
    }

    [Fact]
    public void A_phone_shape_inside_an_iban_is_no_finding()
    {
        var findings = new DraftChecker().Check("Rekening NL91 ABNA 0417 1643 00, bel 06-12345678.", new DraftCheckOptions()).Findings;
        Assert.Equal([FindingTypes.Iban, FindingTypes.Phone], findings.Select(f => f.Type));
    }
}
