using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Bot.Tests;

/// <summary>
/// The bot in-process with its own SQLite file, the shipped policy pack and captured logs.
/// Requests appear to come from <see cref="RemoteAddress"/> (loopback unless a test says otherwise).
/// </summary>
public sealed class BotFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;
    private readonly string environment;
    private readonly Action<IServiceCollection>? configureServices;
    private readonly bool ownsDatabase;

    /// <param name="databasePath">An existing database to open, as after a restart; it is then not deleted on dispose.</param>
    public BotFactory(Dictionary<string, string?>? settings = null, string environment = "Development", Action<IServiceCollection>? configureServices = null, string? databasePath = null)
    {
        ownsDatabase = databasePath is null;
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), $"tc-bot-{Guid.NewGuid():N}.db");
        this.settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:TeamsCompanion"] = $"Data Source={DatabasePath}",
            ["Policy:WatchForChanges"] = "false",
        };
        foreach (var (key, value) in settings ?? [])
        {
            this.settings[key] = value;
        }

        this.environment = environment;
        this.configureServices = configureServices;
    }

    public string DatabasePath { get; }

    public IPAddress RemoteAddress { get; set; } = IPAddress.Loopback;

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    public async Task<HttpResponseMessage> PostActivityAsync(JsonObject activity, string? bearerToken = null)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearerToken);
        }

        return await client.SendAsync(request);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!ownsDatabase)
        {
            return;
        }

        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddFakeLogging());
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IStartupFilter>(new RemoteAddressStartupFilter(() => RemoteAddress));
            configureServices?.Invoke(services);
        });
    }
}
