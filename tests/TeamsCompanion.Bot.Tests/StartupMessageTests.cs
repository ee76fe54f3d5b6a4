using System.Diagnostics;

namespace TeamsCompanion.Bot.Tests;

/// <summary>The real app started as an IT department would, with a setting wrong: a short list of what to fix, no stack trace.</summary>
public sealed class StartupMessageTests
{
    [Fact]
    public async Task Missing_credentials_outside_development_are_listed_with_exit_code_2()
    {
        var (exitCode, output) = await RunBotAsync(("ASPNETCORE_ENVIRONMENT", "Production"));

        Assert.Equal(2, exitCode);
        Assert.Contains("De app start niet: deze instellingen kloppen niet.", output, StringComparison.Ordinal);
        Assert.Contains("The app does not start: these settings are not valid.", output, StringComparison.Ordinal);
        Assert.Single(output.Split('\n'), line => line.StartsWith("  - Bot:AppId is empty.", StringComparison.Ordinal));
        Assert.Contains("  - Bot:AllowedTenants is empty.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_policy_pack_is_named_by_file_and_line()
    {
        var folder = Directory.CreateTempSubdirectory("tc-broken-pack-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "pack.yaml"), "id: broken\nversion: \"1\"\norganisation: { nl: \"Org\" }\n");

            var (exitCode, output) = await RunBotAsync(("ASPNETCORE_ENVIRONMENT", "Development"), ("Policy__Path", folder.FullName));

            Assert.Equal(2, exitCode);
            Assert.Contains($"  - {Path.Combine(folder.FullName, "pack.yaml")}:3: 'en' is missing", output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunBotAsync(params (string Name, string Value)[] environment)
    {
        var database = Path.Combine(Path.GetTempPath(), $"tc-startup-{Guid.NewGuid():N}.db");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ConnectionStrings__TeamsCompanion"] = $"Data Source={database}";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        try
        {
            using var bot = Process.Start(start)!;
            var output = bot.StandardOutput.ReadToEndAsync();
            var error = bot.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await bot.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                bot.Kill(entireProcessTree: true);
                throw new TimeoutException("The bot kept running although a setting is wrong.");
            }

            return (bot.ExitCode, await output + await error);
        }
        finally
        {
            File.Delete(database);
        }
    }
}
