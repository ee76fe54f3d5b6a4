using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace TeamsCompanion.Testing;

/// <summary>
/// A real PostgreSQL server from Debian's <c>postgresql</c> package, in a temporary folder on a free
/// loopback port, for the tests that run on PostgreSQL. One server per test run
/// (<see cref="SharedAsync"/>); each test class takes a fresh database from it.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string SuperUser = "postgres";

    // Stops the server when its stdin closes: when the tests dispose it, and also when the test
    // process dies without cleaning up, so no server outlives the run. Then removes the folder.
    private const string Supervisor = """
        root=$1; bin=$2; shift 2
        "$bin/postgres" -D "$root/data" "$@" >"$root/postgres.log" 2>&1 &
        pg=$!
        cat >/dev/null
        kill -INT "$pg" 2>/dev/null
        wait "$pg"
        rm -rf "$root"
        """;

    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartSharedAsync);

    private readonly Process supervisor;
    private readonly string root;

    private PostgresServer(Process supervisor, string root, int port)
    {
        this.supervisor = supervisor;
        this.root = root;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The server for this test run, started on first use and stopped when the process exits.</summary>
    public static Task<PostgresServer> SharedAsync() => Shared.Value;

    public static async Task<PostgresServer> StartAsync()
    {
        var bin = FindBinaries();
        var runAs = RunAs();
        var root = Path.Combine(runAs.Length > 0 ? "/tmp" : Path.GetTempPath(), $"tc-pg-{Guid.NewGuid():N}");

        // initdb creates the folder itself, so it belongs to the user the server runs as.
        await RunAsync(runAs, Path.Combine(bin, "initdb"),
            ["-D", Path.Combine(root, "data"), "-U", SuperUser, "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync", "--no-instructions"]);

        var port = FreePort();
        var start = Start(runAs, "/bin/sh", captureOutput: false,
        [
            "-c", Supervisor, "postgres-supervisor", root, bin,
            "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-h", "127.0.0.1",
            "-k", string.Empty,

            // Test data is thrown away: durability only costs time on a busy machine.
            "-F", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
            "-c", "max_connections=300",
        ]);
        var server = new PostgresServer(start, root, port);
        try
        {
            await server.WaitUntilReadyAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>A connection string for <paramref name="database"/>, with a small pool so many test classes fit.</summary>
    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Database = database,
        MaxPoolSize = 20,
        Timeout = 30,
        CommandTimeout = 60,
    }.ConnectionString;

    /// <summary>A new, empty database; disposing it drops it.</summary>
    public async Task<PostgresDatabase> CreateDatabaseAsync()
    {
        var name = $"tc_{Guid.NewGuid():N}";
        await AdministerAsync($"CREATE DATABASE \"{name}\"");
        return new PostgresDatabase(this, name);
    }

    public Task DropDatabaseAsync(string name) => AdministerAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");

    /// <summary>
    /// A database outage as the app sees it: every open connection to <paramref name="database"/> is
    /// cut and new ones are refused, until <see cref="RestoreAsync"/>.
    /// </summary>
    public Task CutOffAsync(string database) => AdministerAsync(
        $"ALTER DATABASE \"{database}\" ALLOW_CONNECTIONS false; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}'");

    public Task RestoreAsync(string database) => AdministerAsync($"ALTER DATABASE \"{database}\" ALLOW_CONNECTIONS true");

    /// <summary>Runs statements as the superuser on the maintenance database; names come from the tests, never from input.</summary>
    private async Task AdministerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (!supervisor.HasExited)
        {
            supervisor.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await supervisor.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                supervisor.Kill(entireProcessTree: true);
            }
        }

        supervisor.Dispose();
    }

    private static async Task<PostgresServer> StartSharedAsync()
    {
        var server = await StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return server;
    }

    private async Task WaitUntilReadyAsync()
    {
        // Generous: initdb and start-up are slow when the machine is busy.
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
                await connection.OpenAsync();
                return;
            }
            catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
            {
                if (supervisor.HasExited || deadline.Elapsed > TimeSpan.FromSeconds(90))
                {
                    throw new InvalidOperationException($"The test PostgreSQL server on port {Port} did not start: {e.Message}\n{Log()}", e);
                }

                await Task.Delay(200);
            }
        }
    }

    private string Log()
    {
        try
        {
            return File.ReadAllText(Path.Combine(root, "postgres.log"));
        }
        catch (IOException)
        {
            return "(no server log)";
        }
        catch (UnauthorizedAccessException)
        {
            return "(the server log cannot be read)";
        }
    }

    /// <summary>The newest Debian PostgreSQL, e.g. <c>/usr/lib/postgresql/17/bin</c>.</summary>
    private static string FindBinaries()
    {
        const string Debian = "/usr/lib/postgresql";
        var found = Directory.Exists(Debian)
            ? Directory.GetDirectories(Debian)
                .Select(d => (Version: int.TryParse(Path.GetFileName(d), out var v) ? v : -1, Bin: Path.Combine(d, "bin")))
                .Where(d => File.Exists(Path.Combine(d.Bin, "initdb")) && File.Exists(Path.Combine(d.Bin, "postgres")))
                .OrderByDescending(d => d.Version)
                .Select(d => d.Bin)
                .FirstOrDefault()
            : null;
        return found ?? throw new InvalidOperationException(
            $"The PostgreSQL server binaries (initdb, postgres) were not found in {Debian}/*/bin. The tests on PostgreSQL need them: " +
            "run scripts/test.sh, which installs Debian's postgresql package, or apt-get install postgresql.");
    }

    /// <summary>PostgreSQL refuses to run as root; then the server runs as the package's own system user.</summary>
    private static string[] RunAs()
    {
        if (!Environment.IsPrivilegedProcess)
        {
            return [];
        }

        if (!File.ReadLines("/etc/passwd").Any(l => l.StartsWith(SuperUser + ":", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException(
                "The tests run as root and PostgreSQL refuses to; the 'postgres' system user that Debian's postgresql package creates is missing. Run scripts/test.sh, which installs it.");
        }

        return ["setpriv", $"--reuid={SuperUser}", $"--regid={SuperUser}", "--init-groups", "--"];
    }

    private static async Task RunAsync(string[] runAs, string program, string[] arguments)
    {
        using var process = Start(runAs, program, captureOutput: true, arguments);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {await output}{await errors}");
        }
    }

    private static Process Start(string[] runAs, string program, bool captureOutput, string[] arguments)
    {
        var command = runAs.Length > 0 ? runAs[0] : program;
        var info = new ProcessStartInfo(command)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = captureOutput,
            RedirectStandardError = captureOutput,
            UseShellExecute = false,

            // Somewhere the server's user may enter; the tests' own folder may belong to root.
            WorkingDirectory = "/",
        };
        foreach (var argument in runAs.Skip(1).Concat(runAs.Length > 0 ? [program] : []).Concat(arguments))
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("Could not start " + program);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>One test class's database on the <see cref="PostgresServer"/>.</summary>
public sealed class PostgresDatabase(PostgresServer server, string name) : IAsyncDisposable
{
    public string Name { get; } = name;

    public string ConnectionString { get; } = server.ConnectionString(name);

    public async ValueTask DisposeAsync()
    {
        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await server.DropDatabaseAsync(Name);
    }
}
