using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamsCompanion.Bot.Outbox;
using TeamsCompanion.Bot.Reminders;
using TeamsCompanion.Bot.Storage;
using TeamsCompanion.Guidance.Versions;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Benchmarks;

/// <summary>What one broadcast run does: how many recipients, how many bot instances, which database, whether one instance is killed.</summary>
internal sealed record BroadcastOptions(int Recipients, int Instances, bool Postgres, IReadOnlyList<double> KillAt, double? Rate)
{
    public static BroadcastOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var options = new BroadcastOptions(
            int.Parse(Value("--recipients") ?? "20000", CultureInfo.InvariantCulture),
            int.Parse(Value("--instances") ?? "1", CultureInfo.InvariantCulture),
            args.Contains("--postgres"),
            Value("--kill-at") is { } kill ? [.. kill.Split(',').Select(k => double.Parse(k, CultureInfo.InvariantCulture)).Order()] : [],
            Value("--rate") is { } rate ? double.Parse(rate, CultureInfo.InvariantCulture) : null);
        if (options.Instances > 1 && !options.Postgres)
        {
            throw new ArgumentException("Several instances need a shared server: add --postgres.");
        }

        return options;
    }
}

/// <summary>
/// The broadcast proof of issue 6: N personal conversations in the bot's database, the Release bot
/// (one or more instances) as its own process against <see cref="ThrottlingConnector"/>, one policy
/// version published, and then: did every recipient get exactly one message, how long did it take
/// against the bound the rate limit sets, how often did the connector refuse. With --kill-at F one
/// instance is killed with SIGKILL once F of the messages arrived, and started again.
/// </summary>
internal static class Broadcast
{
    /// <summary>The pace the bot uses when not told otherwise (<see cref="RemindersOptions.MaxRequestsPerSecond"/>).</summary>
    private const double DefaultRate = 40;

    public static async Task<int> RunAsync(BroadcastOptions options)
    {
        var rate = options.Rate ?? DefaultRate;
        var load = new LoadSampler();
        var startedAt = DateTimeOffset.UtcNow;
        Console.WriteLine($"broadcast: {options.Recipients} recipients, {options.Instances} instance(s), {(options.Postgres ? "PostgreSQL" : "SQLite")}, rate {rate}/s{KillText(options)}; load {LoadSampler.Read()}");

        await using var connector = await ThrottlingConnector.StartAsync();
        var work = Directory.CreateTempSubdirectory("tc-broadcast-").FullName;
        PostgresServer? server = null;
        PostgresDatabase? database = null;
        var bots = new List<BotProcess>();
        var logFolder = Directory.CreateDirectory(Path.Combine(Repository.Root, "artifacts", "benchmarks", "broadcast-logs"));
        var logs = new List<StreamWriter>();
        try
        {
            string connectionString;
            if (options.Postgres)
            {
                server = await PostgresServer.StartAsync();
                database = await server.CreateDatabaseAsync();
                connectionString = database.ConnectionString;
            }
            else
            {
                connectionString = $"Data Source={Path.Combine(work, "broadcast.db")}";
            }

            var settings = new Dictionary<string, string>
            {
                ["ConnectionStrings__TeamsCompanion"] = connectionString,
                ["Storage__Provider"] = options.Postgres ? "PostgreSQL" : "Sqlite",
            };
            if (options.Rate is { } configured)
            {
                settings["Reminders__MaxRequestsPerSecond"] = configured.ToString(CultureInfo.InvariantCulture);
            }

            await using var services = Services(settings);
            await services.GetRequiredService<DatabaseMigrator>().StartAsync(CancellationToken.None);
            var seed = Stopwatch.StartNew();
            await SeedAsync(services, options.Recipients, connector.ServiceUrl, options.Postgres);
            Console.WriteLine($"seeded {options.Recipients} conversations in {seed.Elapsed.TotalSeconds:F1} s");

            async Task<BotProcess> StartBotAsync(int index)
            {
                var log = new StreamWriter(Path.Combine(logFolder.FullName, $"bot-{index}-{logs.Count}.log")) { AutoFlush = true };
                logs.Add(log);
                return await BotProcess.StartAsync("Release", settings, log);
            }

            for (var i = 0; i < options.Instances; i++)
            {
                bots.Add(await StartBotAsync(i));
            }

            Console.WriteLine($"{bots.Count} bot process(es) healthy: pid {string.Join(", ", bots.Select(b => b.ProcessId))}");

            var status = services.GetRequiredService<PolicyStatus>();
            var publisher = services.GetRequiredService<PolicyPublisher>();
            var publishedAt = connector.Now;
            var clock = Stopwatch.StartNew();
            var published = await publisher.PublishAsync(PackFiles.Read(Repository.Path("policy", "default")), "Broadcast benchmark", "benchmark", informational: false, CancellationToken.None);
            var publishTook = clock.Elapsed;
            Console.WriteLine($"published version {published.Version.Id} to {published.Recipients} recipients in {publishTook.TotalSeconds:F1} s");

            var killNotes = new List<string>();
            var deadline = TimeSpan.FromSeconds(Math.Max(300, options.Recipients / rate * 3));
            VersionStatus? last = null;
            var lastPrint = TimeSpan.Zero;
            while (clock.Elapsed < deadline)
            {
                await Task.Delay(500);
                load.Sample();
                var accepted = connector.Accepted;
                if (killNotes.Count < options.KillAt.Count && accepted >= options.KillAt[killNotes.Count] * options.Recipients)
                {
                    var victim = bots[0];
                    var pid = victim.ProcessId;
                    await victim.KillAsync();
                    var atKill = connector.Accepted;
                    var killedAt = clock.Elapsed.TotalSeconds;
                    await victim.DisposeAsync();
                    bots[0] = await StartBotAsync(0);
                    killNotes.Add($"pid {pid} killed at {killedAt:F1} s with {atKill} received, restarted at {clock.Elapsed.TotalSeconds:F1} s");
                    Console.WriteLine(killNotes[^1]);
                }

                last = await status.ForAsync(published.Version.Id, CancellationToken.None);
                if (clock.Elapsed - lastPrint >= TimeSpan.FromSeconds(30))
                {
                    lastPrint = clock.Elapsed;
                    Console.WriteLine($"{clock.Elapsed.TotalSeconds,6:F0} s: received {accepted}, 429s {connector.Throttled}, pending {last?.Pending}, sent {last?.Sent}; load {LoadSampler.Read()}");
                }

                if (last is { Pending: 0 })
                {
                    break;
                }
            }

            var elapsed = clock.Elapsed;

            // Anything still in flight (a request of a killed instance, a late retry) arrives now or never.
            await Task.Delay(TimeSpan.FromSeconds(3));
            var result = await CollectAsync(services, connector, options, publishedAt, (elapsed, publishTook), rate, last, killNotes, load, startedAt);
            Console.WriteLine(result.Text);
            var report = Path.Combine(Repository.Root, "artifacts", "benchmarks", "broadcast.md");
            await File.AppendAllTextAsync(report, result.Text + "\n");
            Console.WriteLine($"report appended to {report}");
            return result.Passed ? 0 : 1;
        }
        finally
        {
            foreach (var bot in bots)
            {
                await bot.DisposeAsync();
            }

            foreach (var log in logs)
            {
                await log.DisposeAsync();
            }

            if (database is not null)
            {
                await database.DisposeAsync();
            }

            if (server is not null)
            {
                await server.DisposeAsync();
            }

            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>The bot's storage and publishing services on the same database, as the CLI opens them.</summary>
    private static ServiceProvider Services(Dictionary<string, string> settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key.Replace("__", ":", StringComparison.Ordinal), s.Value)))
            .Build();
        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddLogging(logging => logging.AddFilter(_ => false));
        collection.AddSingleton(TimeProvider.System);
        collection.AddStorage();
        collection.AddPolicyVersions();
        return collection.BuildServiceProvider();
    }

    /// <summary>N personal conversations in one statement, all served by the throttling connector.</summary>
    private static async Task SeedAsync(ServiceProvider services, int recipients, string serviceUrl, bool postgres)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<TeamsCompanionDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var ticks = DateTimeOffset.UtcNow.UtcTicks;
        const string Columns = """
            "ConversationId", "ServiceUrl", "ChannelId", "ConversationType", "TenantId", "UserId", "UserAadObjectId", "BotId", "CreatedAt", "UpdatedAt"
            """;
        const string Values = """
            'a:bench-' || i, {0}, 'msteams', 'personal', 'bench-tenant', '29:bench-user-' || i, 'bench-aad-' || i, '28:bench-bot', {1}, {1}
            """;
        var sql = postgres
            ? $$"""INSERT INTO "Conversations" ({{Columns}}) SELECT {{Values}} FROM generate_series(1, {2}) AS g(i)"""
            : $$"""WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {2}) INSERT INTO "Conversations" ({{Columns}}) SELECT {{Values}} FROM n""";
        var inserted = await db.Database.ExecuteSqlRawAsync(sql, serviceUrl, ticks, recipients);
        if (inserted != recipients)
        {
            throw new InvalidOperationException($"Seeded {inserted} conversations, expected {recipients}.");
        }
    }

    private static async Task<(string Text, bool Passed)> CollectAsync(
        ServiceProvider services,
        ThrottlingConnector connector,
        BroadcastOptions options,
        double publishedAt,
        (TimeSpan Total, TimeSpan Publish) elapsed,
        double rate,
        VersionStatus? status,
        List<string> killNotes,
        LoadSampler load,
        DateTimeOffset startedAt)
    {
        var counts = connector.ReceivedPerConversation;
        var expected = Enumerable.Range(1, options.Recipients).Select(i => $"a:bench-{i}").ToHashSet(StringComparer.Ordinal);
        var missing = expected.Count(id => !counts.ContainsKey(id));
        var duplicated = counts.Where(c => c.Value > 1).ToList();
        var extra = duplicated.Sum(c => c.Value - 1);
        var strangers = counts.Keys.Count(id => !expected.Contains(id));
        var received = counts.Values.Sum();

        var contexts = services.GetRequiredService<IDbContextFactory<TeamsCompanionDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var states = await db.Outbox.AsNoTracking().GroupBy(m => m.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        var retried = await db.Outbox.CountAsync(m => m.Attempts > 1);
        var maxAttempts = await db.Outbox.MaxAsync(m => (int?)m.Attempts) ?? 0;
        var inDoubt = await db.Outbox.AsNoTracking().Where(m => m.State == OutboxState.InDoubt).Select(m => m.Recipient).ToListAsync();
        var inDoubtReceived = inDoubt.Count(counts.ContainsKey);

        var times = connector.AcceptedAt().Select(t => t - publishedAt).ToArray();
        var first = times.Length > 0 ? times[0] : double.NaN;
        var lastMessage = times.Length > 0 ? times[^1] : double.NaN;
        var busiest = Busiest(times);
        var steady = times.Length > 1 ? (times.Length - 1) / (lastMessage - first) : double.NaN;

        var limitBound = options.Recipients / ThrottlingConnector.AppRate;
        var configuredBound = options.Recipients / rate;
        var seconds = elapsed.Total.TotalSeconds;
        var exactlyOnce = missing == 0 && extra == 0 && strangers == 0 && received == options.Recipients;
        var withinConfigured = seconds <= 1.25 * configuredBound;
        var withinLimit = seconds <= 1.25 * limitBound;
        var passed = exactlyOnce && (options.KillAt.Count > 0 || withinConfigured);

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## broadcast: {options.Recipients:N0} recipients, {options.Instances} instance(s), {(options.Postgres ? "PostgreSQL" : "SQLite")}{KillText(options)}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Run {startedAt:yyyy-MM-dd HH:mm} UTC; `Reminders:MaxRequestsPerSecond` {rate} per instance; connector limits {ThrottlingConnector.AppRate}/s per app, {ThrottlingConnector.ConversationRate}/s per conversation; {Environment.ProcessorCount} cores, load average during the run {load.Summary} (1-minute, min / mean / max).");
        text.AppendLine();
        text.AppendLine("| figure | value |");
        text.AppendLine("| --- | ---: |");
        void Row(string name, string value) => text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {value} |");
        Row("recipients", options.Recipients.ToString("N0", CultureInfo.InvariantCulture));
        Row("messages received by the connector", received.ToString("N0", CultureInfo.InvariantCulture));
        Row("recipients with exactly one", counts.Count(c => c.Value == 1 && expected.Contains(c.Key)).ToString("N0", CultureInfo.InvariantCulture));
        Row("missing (none received)", missing.ToString("N0", CultureInfo.InvariantCulture));
        Row("duplicates (extra messages / recipients affected)", $"{extra} / {duplicated.Count}");
        Row("messages to unknown conversations", strangers.ToString(CultureInfo.InvariantCulture));
        Row("429s served", connector.Throttled.ToString("N0", CultureInfo.InvariantCulture));
        Row("other requests (not a message)", connector.Unexpected.ToString(CultureInfo.InvariantCulture));
        Row("outbox rows by state", string.Join(", ", states.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Count}")));
        Row("rows that needed more than one attempt (max attempts)", $"{retried} ({maxAttempts})");
        Row("status at the end: sent / pending / failed / in doubt", status is null ? "-" : $"{status.Sent} / {status.Pending} / {status.Failed} / {status.InDoubt}");
        Row("held in doubt (cut off mid-send): received anyway / not received", $"{inDoubtReceived} / {inDoubt.Count - inDoubtReceived}");
        Row("publishing (version + outbox rows, one transaction)", $"{elapsed.Publish.TotalSeconds:F1} s");
        Row("elapsed: start of publish → `policy status` pending 0 (polled every 0.5 s)", $"{seconds:F1} s");
        Row("first message after publish", $"{first:F1} s");
        Row("last message after publish", $"{lastMessage:F1} s");
        Row("mean pace first → last message", $"{steady:F1}/s");
        Row("busiest second (messages accepted)", busiest.ToString(CultureInfo.InvariantCulture));
        Row($"bound at the configured pace: N ÷ {rate}/s", $"{configuredBound:F0} s → ratio {seconds / configuredBound:F2} ({(withinConfigured ? "within" : "over")} 1.25×)");
        Row($"bound at Teams' limit: N ÷ {ThrottlingConnector.AppRate}/s", $"{limitBound:F0} s → ratio {seconds / limitBound:F2} ({(withinLimit ? "within" : "over")} 1.25×)");
        foreach (var (note, i) in killNotes.Select((n, i) => (n, i + 1)))
        {
            Row($"kill -9 #{i}", note);
        }

        Row("exactly once", exactlyOnce ? "**yes**" : "**no**");
        if (duplicated.Count > 0)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"Duplicated: {string.Join(", ", duplicated.Take(20).Select(d => $"{d.Key} ×{d.Value}"))}{(duplicated.Count > 20 ? " …" : string.Empty)}");
        }

        return (text.ToString(), passed);
    }

    private static string KillText(BroadcastOptions options) =>
        options.KillAt.Count == 0 ? string.Empty : ", kill -9 at " + string.Join(", ", options.KillAt.Select(k => k.ToString("P0", CultureInfo.InvariantCulture)));

    private static int Busiest(double[] times)
    {
        var best = 0;
        var start = 0;
        for (var end = 0; end < times.Length; end++)
        {
            while (times[end] - times[start] >= 1)
            {
                start++;
            }

            best = Math.Max(best, end - start + 1);
        }

        return best;
    }

    /// <summary>The machine's 1-minute load average through the run (the machine is shared).</summary>
    private sealed class LoadSampler
    {
        private readonly List<double> samples = [];
        private long lastSample;

        public string Summary => samples.Count == 0
            ? Read()
            : string.Create(CultureInfo.InvariantCulture, $"{samples.Min():F1} / {samples.Average():F1} / {samples.Max():F1}");

        public static string Read()
        {
            try
            {
                return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
            }
            catch (IOException)
            {
                return "unknown";
            }
        }

        public void Sample()
        {
            if (Stopwatch.GetElapsedTime(lastSample) < TimeSpan.FromSeconds(5))
            {
                return;
            }

            lastSample = Stopwatch.GetTimestamp();
            if (double.TryParse(Read().Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                samples.Add(value);
            }
        }
    }
}
