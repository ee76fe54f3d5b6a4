namespace TeamsCompanion.DraftCheck.Tests.Detectors;

public class LicensePlateTests
{
    [Theory]
    [InlineData("Auto met kenteken 54-TKL-3 stond fout.", "54-TKL-3", "license-plate.sidecode-7")]
    [InlineData("De bus GB-12-JF", "GB-12-JF", "license-plate.sidecode-4")]
    [InlineData("Kenteken 1-KBB-00.", "1-KBB-00", "license-plate.sidecode-8")]
    [InlineData("Scooter: X-999-ZZ", "X-999-ZZ", "license-plate.sidecode-10")]
    [InlineData("Oude plaat AB-12-34 van 1970", "AB-12-34", "license-plate.sidecode-1")]
    [InlineData("kenteken GBJF12 (zonder streepjes)", "GBJF12", "license-plate.sidecode-5")]
    public void Plates_are_found(string text, string expected, string rule)
    {
        var finding = Detect.Single(FindingTypes.LicensePlate, text, expected);
        Assert.Equal(rule, finding.Rule);
    }

    [Theory]
    [InlineData("Zie 12-03-80 voor de datum.")]
    [InlineData("Auto 54-TCL-3")] // no C after sidecode 3
    [InlineData("Code GBJF12 zonder context")]
    [InlineData("Versie AB-12-34-56")]
    public void Not_a_plate(string text) => Detect.None(FindingTypes.LicensePlate, text);
}
