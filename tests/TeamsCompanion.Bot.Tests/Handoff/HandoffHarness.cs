using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsCompanion.Bot.Outbox;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Bot.Tests.Handoff;

/// <summary>A bot with support contacts, a fake connector and helpers to act as asker and contact.</summary>
public abstract class HandoffHarness : IAsyncLifetime
{
    public const string ContactA = "c0000000-0000-4000-8000-00000000000a";
    public const string ContactB = "c0000000-0000-4000-8000-00000000000b";
    public const string Fallback = "c0000000-0000-4000-8000-0000000000ff";
    public const string Asker = "aad-user-1";

    protected FakeConnector Connector { get; private set; } = null!;

    protected BotFactory Bot { get; set; } = null!;

    protected string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"tc-handoff-{Guid.NewGuid():N}.db");

    /// <summary>Settings that point the bot at another database than the SQLite file at <see cref="DatabasePath"/>.</summary>
    protected Dictionary<string, string?> DatabaseSettings { get; set; } = [];

    protected virtual Dictionary<string, string?> Settings(params string[] contacts)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Support:FallbackContact"] = Fallback,
            ["Outbox:PollInterval"] = "00:00:00.100",
        };
        foreach (var (key, value) in DatabaseSettings)
        {
            settings[key] = value;
        }

        for (var i = 0; i < contacts.Length; i++)
        {
            settings[$"Support:Contacts:{i}"] = contacts[i];
        }

        return settings;
    }

    public virtual async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        Bot = Start();
    }

    public virtual async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
        }
    }

    protected virtual BotFactory Start(Action<IServiceCollection>? services = null) =>
        new(Settings(ContactA), configureServices: services, databasePath: DatabasePath);

    /// <summary>Stops the bot and starts a new one on the same database, as a deployment or crash would.</summary>
    protected async Task RestartAsync()
    {
        await Bot.DisposeAsync();
        Bot = Start();
    }

    /// <summary>A contact who once talked to the bot: their personal chat is stored.</summary>
    protected async Task ContactSaysHelloAsync(string contact)
    {
        Connector.Clear();
        await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "hallo", ConversationOf(contact), contact));
        await Connector.WaitForAsync(1);
        Connector.Clear();
    }

    protected static string ConversationOf(string user) => $"a:personal-{user}";

    protected static string NameOf(string user) => user == ContactA ? "Anna Contact" : user == ContactB ? "Bram Contact" : "Fien Fallback";

    /// <summary>Presses an Action.Execute button; returns the card that replaces it.</summary>
    protected async Task<JsonNode> ExecuteAsync(string verb, JsonObject data, string user = Asker)
    {
        var activity = Activities.Invoke(Connector.ServiceUrl, "adaptiveCard/action", new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() },
            ["trigger"] = "manual",
        });
        activity["conversation"]!["id"] = user == Asker ? "a:personal-1" : ConversationOf(user);
        activity["from"] = new JsonObject { ["id"] = "29:user-" + user, ["name"] = user == Asker ? "Test Gebruiker" : NameOf(user), ["aadObjectId"] = user };
        var response = await Bot.PostActivityAsync(activity);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        return body["value"]!;
    }

    /// <summary>Waits for <paramref name="count"/> connector requests and for the sender to record them.</summary>
    protected async Task<IReadOnlyList<ConnectorRequest>> DeliveredAsync(int count)
    {
        var requests = await Connector.WaitForAsync(count);
        await FlushOutboxAsync();
        return requests;
    }

    /// <summary>Sends what the outbox holds now, without waiting for the sender's next round.</summary>
    protected async Task FlushOutboxAsync() => await Bot.Services.GetRequiredService<OutboxSender>().RunOnceAsync(CancellationToken.None);

    /// <summary>Every text and title in a card, for assertions on what the user reads.</summary>
    protected static string TextOf(JsonNode card) => string.Join("\n", Texts(card));

    protected static JsonObject DataOf(JsonNode card, string verb) =>
        Actions(card).First(a => (string?)a["verb"] == verb)["data"]!.DeepClone().AsObject();

    private static IEnumerable<JsonObject> Actions(JsonNode node) => node switch
    {
        JsonObject o when o["type"] is JsonValue t && (string?)t == "Action.Execute" => [o],
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : Actions(p.Value)),
        JsonArray a => a.SelectMany(i => i is null ? [] : Actions(i)),
        _ => [],
    };

    private static IEnumerable<string> Texts(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key is "text" or "title" or "value" or "label" && p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? [s] : p.Value is null ? [] : Texts(p.Value)),
        JsonArray a => a.SelectMany(i => i is null ? [] : Texts(i)),
        _ => [],
    };
}
