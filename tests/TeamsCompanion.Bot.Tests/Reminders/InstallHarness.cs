using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsCompanion.Bot.Outbox;
using TeamsCompanion.Bot.Reminders;
using TeamsCompanion.Bot.Reminders.Installs;
using TeamsCompanion.Bot.Storage;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Bot.Tests.Reminders;

/// <summary>A bot set to reach a whole group, with Graph and the connector on loopback and a database that survives a restart.</summary>
public abstract class InstallHarness : IAsyncLifetime
{
    public const string Group = "6b1e9f40-2c3d-4e5f-8a9b-0c1d2e3f4a5b";

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    protected FakeGraph Graph { get; private set; } = null!;

    protected FakeConnector Connector { get; private set; } = null!;

    protected BotFactory Bot { get; private set; } = null!;

    protected string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"tc-install-{Guid.NewGuid():N}.db");

    /// <summary>Settings that point the bot at another database than the SQLite file at <see cref="DatabasePath"/>.</summary>
    protected Dictionary<string, string?> DatabaseSettings { get; set; } = [];

    /// <summary>Empty: the feature is off.</summary>
    protected string? GroupSetting { get; set; } = Group;

    /// <summary>More services for the next start, such as a directory that does something first.</summary>
    protected Action<IServiceCollection>? MoreServices { get; set; }

    /// <summary>Set <c>Reminders:InstallServiceUrl</c> to the fake connector (takes effect at the next start).</summary>
    protected bool ServiceUrlSetting { get; set; }

    public virtual async Task InitializeAsync()
    {
        Graph = await FakeGraph.StartAsync();
        Connector = await FakeConnector.StartAsync();
        Bot = Start();
    }

    public virtual async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
        await Graph.DisposeAsync();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
        }
    }

    /// <summary>Stops the bot and starts a new one on the same database, as a deployment or crash would.</summary>
    protected async Task RestartAsync()
    {
        await Bot.DisposeAsync();
        Bot = Start();
    }

    protected static string Member(int i) => $"a0000000-0000-4000-8000-{i:D12}";

    protected static string OwnChat(string user) => $"a:{user}";

    /// <summary>The person talks to the bot: their own chat is stored, as Teams sends it.</summary>
    protected async Task SayHelloAsync(params string[] users)
    {
        foreach (var user in users)
        {
            await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "hallo", OwnChat(user), user));
        }

        await Connector.WaitForAsync(users.Length);
        Connector.Clear();
    }

    protected async Task<int> PublishAsync(string notes = "Nieuwe regels") =>
        (await Bot.Services.GetRequiredService<PolicyPublisher>().PublishAsync(
            notes == "Nieuwe regels" ? PublishAndAcknowledgeTests.WithNewRule() : WithNotesRule(notes), notes, "cio", informational: false, CancellationToken.None)).Version.Id;

    protected async Task WalkAsync() => await Bot.Services.GetRequiredService<MemberInstaller>().RunOnceAsync(CancellationToken.None);

    /// <summary>Sends what the outbox holds, until nothing is left that is due.</summary>
    protected async Task FlushAsync()
    {
        // The app's own sender runs too and may hold rows it claimed; wait until none is pending.
        var sender = Bot.Services.GetRequiredService<OutboxSender>();
        for (var waited = 0; waited < 200; waited++)
        {
            if (await sender.RunOnceAsync(CancellationToken.None) > 0)
            {
                continue;
            }

            var now = Clock.GetUtcNow();
            await using var db = await Bot.Services.GetRequiredService<IDbContextFactory<TeamsCompanionDbContext>>().CreateDbContextAsync();
            if (!await db.Outbox.AnyAsync(m => m.State == OutboxState.Pending && m.NextAttemptAt <= now))
            {
                return;
            }

            await Task.Delay(50);
        }
    }

    /// <summary>The conversations that got an announcement, one entry per message.</summary>
    protected List<string> Notices() =>
        [.. Connector.Requests.Where(r => r.Method == "POST" && r.CardText().Contains("De AI-regels zijn veranderd", StringComparison.Ordinal))
            .Select(r => r.Path.Split('/')[3]).Order(StringComparer.Ordinal)];

    protected async Task<VersionStatus> StatusAsync(int? version = null) =>
        await Bot.Services.GetRequiredService<PolicyStatus>().ForAsync(version, CancellationToken.None) ?? throw new InvalidOperationException("No version.");

    private static TeamsCompanion.Guidance.Versions.PackFiles WithNotesRule(string notes)
    {
        var files = new Dictionary<string, string>(PublishAndAcknowledgeTests.WithNewRule().Files);
        files["rules.yaml"] = files["rules.yaml"].Replace("Geen gratis AI-tools met werkgegevens", notes, StringComparison.Ordinal);
        return new TeamsCompanion.Guidance.Versions.PackFiles(files);
    }

    /// <summary>A bot on this test's database: <see cref="Bot"/>, or a second instance next to it.</summary>
    protected BotFactory Start()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Outbox:PollInterval"] = "00:00:00.100",
            ["Reminders:VersionCheckInterval"] = "01:00:00",
            ["Reminders:InstallForGroupId"] = GroupSetting,
            ["Reminders:InstallsPerSecond"] = "20",
            ["Graph:BaseUrl"] = Graph.BaseUrl,
            ["Graph:AllowedHosts:0"] = Graph.Host,
            ["Graph:CatalogAppId"] = Graph.CatalogAppId,
        };
        if (ServiceUrlSetting)
        {
            settings["Reminders:InstallServiceUrl"] = Connector.ServiceUrl;
        }

        foreach (var (key, value) in DatabaseSettings)
        {
            settings[key] = value;
        }

        return new BotFactory(
            settings,
            configureServices: s =>
            {
                s.AddSingleton<TimeProvider>(Clock);
                MoreServices?.Invoke(s);
            },
            databasePath: DatabasePath);
    }
}
