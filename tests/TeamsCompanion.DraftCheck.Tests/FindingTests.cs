namespace TeamsCompanion.DraftCheck.Tests;

// Finding keeps type, subtype, rule and IsPersonal in one shared object: these guard that it
// still behaves as the positional record of eight values it was.
public class FindingTests
{
    private static readonly Finding Sample = new(FindingTypes.IdDocument, "passport", 4, 9, "•••••1234", 0.9, "id-document.nl-document-number", false);

    [Fact]
    public void Equality_is_by_the_eight_values_whichever_object_holds_them()
    {
        var found = Detect.Single(FindingTypes.Bsn, "BSN 111222333", "111222333");
        var copy = new Finding(found.Type, found.Subtype, found.Start, found.Length, found.Masked, found.Confidence, found.Rule, found.IsPersonal);
        Assert.Equal(found, copy);
        Assert.True(found == copy);
        Assert.Equal(found.GetHashCode(), copy.GetHashCode());
        Assert.Equal(found.ToString(), copy.ToString());

        Assert.NotEqual(Sample, Sample with { Type = FindingTypes.Bsn });
        Assert.NotEqual(Sample, Sample with { Subtype = null });
        Assert.NotEqual(Sample, Sample with { Start = 5 });
        Assert.NotEqual(Sample, Sample with { Length = 8 });
        Assert.NotEqual(Sample, Sample with { Masked = "x" });
        Assert.NotEqual(Sample, Sample with { Confidence = 0.8 });
        Assert.NotEqual(Sample, Sample with { Rule = "r" });
        Assert.NotEqual(Sample, Sample with { IsPersonal = true });
        Assert.Equal(default, new Finding(null!, null, 0, 0, null!, 0, null!, false));
    }

    [Fact]
    public void With_changes_one_value_and_keeps_the_others()
    {
        var changed = Sample with { Rule = "other", Start = 1 };
        Assert.Equal(new Finding(FindingTypes.IdDocument, "passport", 1, 9, "•••••1234", 0.9, "other", false), changed);
        Assert.Equal("id-document.nl-document-number", Sample.Rule);
        Assert.Equal(10, changed.End);
        Assert.True((default(Finding) with { IsPersonal = true }).IsPersonal);
    }

    [Fact]
    public void Deconstruction_and_printing_give_the_values_in_constructor_order()
    {
        var (type, subtype, start, length, masked, confidence, rule, isPersonal) = Sample;
        Assert.Equal(Sample, new Finding(type, subtype, start, length, masked, confidence, rule, isPersonal));
        Assert.Equal(
            "Finding { Type = id-document, Subtype = passport, Start = 4, Length = 9, Masked = •••••1234, Confidence = 1, Rule = id-document.nl-document-number, IsPersonal = False, End = 13 }",
            (Sample with { Confidence = 1 }).ToString());
        Assert.True(new Finding(FindingTypes.Bsn, null, 0, 1, "x", 1, "r").IsPersonal);
    }
}
