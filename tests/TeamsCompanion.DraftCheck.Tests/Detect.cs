namespace TeamsCompanion.DraftCheck.Tests;

/// <summary>Shorthands for running the checker in tests.</summary>
internal static class Detect
{
    private static readonly DraftChecker Checker = new();

    public static IReadOnlyList<Finding> All(string text) => Checker.Check(text, new DraftCheckOptions()).Findings;

    public static List<Finding> Of(string type, string text) => All(text).Where(f => f.Type == type).ToList();

    /// <summary>The original text of every finding of <paramref name="type"/>.</summary>
    public static List<string> Texts(string type, string text) => Of(type, text).Select(f => text.Substring(f.Start, f.Length)).ToList();

    /// <summary>Asserts exactly one finding of the type, covering exactly <paramref name="expected"/>.</summary>
    public static Finding Single(string type, string text, string expected)
    {
        var found = Of(type, text);
        var finding = Assert.Single(found);
        Assert.Equal(expected, text.Substring(finding.Start, finding.Length));
        Assert.Equal(text.IndexOf(expected, StringComparison.Ordinal), finding.Start);
        return finding;
    }

    public static void None(string type, string text) => Assert.Empty(Of(type, text));
}
