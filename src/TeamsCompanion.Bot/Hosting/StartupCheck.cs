using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Options;
using TeamsCompanion.Bot.Policy;
using TeamsCompanion.Guidance.Packs;

namespace TeamsCompanion.Bot.Hosting;

/// <summary>
/// Settings and the policy pack are checked before the host starts, so an IT department that
/// gets one wrong reads what to fix, in a short list on standard error with exit code 2,
/// instead of the host's stack trace.
/// </summary>
internal static class StartupCheck
{
    public const int BadSettings = 2;

    public static int RunOrExplain(WebApplication app, TextWriter error)
    {
        // Under WebApplicationFactory the test sees the exception itself. It must come before
        // Run: a host that fails in Run is disposed at once, while the factory may still be about
        // to read its services (it then reported "Cannot access a disposed object" instead).
        var underTest = IsTestServer(app);
        IReadOnlyList<string> problems;
        try
        {
            app.Services.GetService<IStartupValidator>()?.Validate();
            app.Services.GetRequiredService<PolicyPackProvider>();
            app.Run();
            return 0;
        }
        catch (Exception e) when (!underTest && Problems(e) is { Count: > 0 } found)
        {
            // Options validated at start and again by the service that reads them say it twice.
            problems = [.. found.Distinct()];
        }

        error.WriteLine("De app start niet: deze instellingen kloppen niet.");
        error.WriteLine("The app does not start: these settings are not valid.");
        foreach (var problem in problems)
        {
            error.WriteLine($"  - {problem}");
        }

        return BadSettings;
    }

    private static bool IsTestServer(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().GetType().FullName == "Microsoft.AspNetCore.TestHost.TestServer";

    /// <summary>The configuration mistakes <paramref name="e"/> reports; empty for any other failure, which keeps its stack trace.</summary>
    private static List<string> Problems(Exception e) => e switch
    {
        OptionsValidationException options => [.. options.Failures],
        PackLoadException pack => [.. pack.Errors.Select(error => error.ToString())],
        AggregateException all when all.InnerExceptions.All(inner => Problems(inner).Count > 0) => [.. all.InnerExceptions.SelectMany(Problems)],
        _ => [],
    };
}
