using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Benchmarks;

/// <summary>The built bot as its own process, in Development mode, on a free loopback port, with a fresh SQLite file.</summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly string? dataDirectory;

    private BotProcess(Process process, string? dataDirectory, Uri baseAddress)
    {
        this.process = process;
        this.dataDirectory = dataDirectory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => process.Id;

    /// <summary>Ends the process at once, as <c>kill -9</c> does (SIGKILL on Linux): no shutdown, nothing flushed.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    /// <summary>
    /// Starts the bot. With <paramref name="settings"/> (environment variables, e.g. a connection string
    /// to a database the caller owns) no SQLite file is made; <paramref name="log"/> receives its output.
    /// </summary>
    public static async Task<BotProcess> StartAsync(string configuration, IReadOnlyDictionary<string, string>? settings = null, TextWriter? log = null)
    {
        var repo = Repository.Root;
        var dll = Path.Combine(repo, "src", "TeamsCompanion.Bot", "bin", configuration, "net10.0", "TeamsCompanion.Bot.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"Build the bot first: dotnet build src/TeamsCompanion.Bot -c {configuration} ({dll} is missing).");
        }

        var port = FreePort();
        var ownDatabase = settings?.ContainsKey("ConnectionStrings__TeamsCompanion") != true;
        var data = ownDatabase ? Directory.CreateTempSubdirectory("tc-bench-").FullName : null;
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.Combine(repo, "src", "TeamsCompanion.Bot"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        if (data is not null)
        {
            start.Environment["ConnectionStrings__TeamsCompanion"] = $"Data Source={Path.Combine(data, "bench.db")}";
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        var sink = log is null ? null : TextWriter.Synchronized(log);
        process.OutputDataReceived += (_, e) => sink?.WriteLine(e.Data);
        process.ErrorDataReceived += (_, e) => sink?.WriteLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var bot = new BotProcess(process, data, new Uri($"http://127.0.0.1:{port}"));
        using var http = new HttpClient();
        for (var i = 0; i < 240; i++)
        {
            try
            {
                if ((await http.GetAsync(new Uri(bot.BaseAddress, "/health"))).IsSuccessStatusCode)
                {
                    return bot;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(250);
        }

        await bot.DisposeAsync();
        throw new InvalidOperationException("The bot did not become healthy within 60 seconds.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        if (dataDirectory is not null)
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
