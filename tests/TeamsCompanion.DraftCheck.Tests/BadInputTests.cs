using TeamsCompanion.DraftCheck.Benchmarks;

namespace TeamsCompanion.DraftCheck.Tests;

public class BadInputTests
{
    private static readonly DraftChecker Checker = new();

    [Fact]
    public void Empty_text_gives_an_empty_result()
    {
        var result = Checker.Check(string.Empty, new DraftCheckOptions());
        Assert.Empty(result.Findings);
        Assert.False(result.InputTooLarge);
        Assert.Equal(DisclosureVerdicts.Ok, result.Disclosure.Verdict);
    }

    [Fact]
    public void Text_over_the_cap_is_not_scanned_and_says_so()
    {
        var text = new string('1', 101);
        var result = Checker.Check(text, new DraftCheckOptions { MaxInputLength = 100, Audience = Audience.Citizens, AiUsed = AiUsed.Yes, DisclosureText = "x" });
        Assert.True(result.InputTooLarge);
        Assert.Empty(result.Findings);
        Assert.Equal("x", result.Disclosure.Suggestion);
    }

    [Fact]
    public void Fifty_megabytes_is_refused_quickly_by_default()
    {
        var text = new string('a', 50 * 1024 * 1024);
        // Thread CPU time, not wall-clock: waiting for a core on a busy machine is no work done.
        var started = ThreadCpuClock.NowMicroseconds();
        var result = Checker.Check(text, new DraftCheckOptions());
        var spent = ThreadCpuClock.NowMicroseconds() - started;
        Assert.True(result.InputTooLarge);
        Assert.True(spent < 1e6, $"took {spent / 1e3:F0} ms of CPU time");
    }

    [Fact]
    public void Fifty_megabytes_with_a_raised_cap_is_checked_in_linear_time()
    {
        // Digits, separators and capitals in long runs are the inputs that would make a
        // backtracking matcher or an overlap search quadratic.
        var text = string.Concat(Enumerable.Repeat("1 2-3.4 Jan Van De A. 06 ", 2 * 1024 * 1024));
        var started = ThreadCpuClock.NowMicroseconds();
        var result = Checker.Check(text, new DraftCheckOptions { MaxInputLength = int.MaxValue });
        var spent = ThreadCpuClock.NowMicroseconds() - started;
        Assert.False(result.InputTooLarge);
        Assert.True(spent < 60e6, $"took {spent / 1e6:F1} s of CPU time");
    }

    [Fact]
    public void Binary_junk_and_lone_surrogates_never_crash()
    {
        var random = new Random(42);
        for (var round = 0; round < 200; round++)
        {
            var chars = new char[random.Next(0, 2000)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)random.Next(0, 0x10000);
            }

            var text = new string(chars);
            var result = Checker.Check(text, new DraftCheckOptions { Audience = Audience.Citizens, AiUsed = AiUsed.Yes });
            Assert.All(result.Findings, f => Assert.InRange(f.End, f.Start + 1, text.Length));
            Assert.NotNull(Redactor.Redact(text, result.Findings));
        }
    }

    [Theory]
    [InlineData("\uD800")]
    [InlineData("\uDC00BSN 111222333\uD800")]
    [InlineData("&#xD800;&#0;&#99999999;&;&#;<p")]
    [InlineData("<<<<>>>>&&&&;;;;")]
    [InlineData("@@@@.@.@")]
    [InlineData("NL")]
    [InlineData("1")]
    public void Malformed_fragments_never_crash(string text)
    {
        var result = Checker.Check(text, new DraftCheckOptions());
        Assert.All(result.Findings, f => Assert.InRange(f.End, f.Start + 1, text.Length));
    }

    [Fact]
    public void Null_arguments_are_rejected_clearly()
    {
        Assert.Throws<ArgumentNullException>(() => Checker.Check(null!, new DraftCheckOptions()));
        Assert.Throws<ArgumentNullException>(() => Checker.Check("x", null!));
    }
}
