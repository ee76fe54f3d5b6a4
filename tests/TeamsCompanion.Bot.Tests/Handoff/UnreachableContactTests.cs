using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Bot.Tests.Handoff;

public sealed class UnreachableContactTests : HandoffHarness
{
    private FakeGraph graph = null!;

    public override async Task InitializeAsync()
    {
        graph = await FakeGraph.StartAsync();
        await base.InitializeAsync();
    }

    protected override BotFactory Start(Action<IServiceCollection>? services = null)
    {
        var settings = Settings("anna.contact@minbzk.example");
        settings["Graph:BaseUrl"] = graph.BaseUrl;
        settings["Graph:AllowedHosts:0"] = graph.Host;
        settings["Graph:CatalogAppId"] = graph.CatalogAppId;
        return new BotFactory(settings, configureServices: services, databasePath: DatabasePath);
    }

    [Fact]
    public async Task AContactByUserNameGetsTheAppInstalledAndTheCardInThatChat()
    {
        graph.AddUser(ContactA, "anna.contact@minbzk.example", "Anna Contact");

        await ExecuteAsync("handoff.send", new JsonObject { ["requestKey"] = "k-graph", ["question"] = "Mag ik Copilot gebruiken?", ["redact"] = false });

        var card = Assert.Single(await DeliveredAsync(1));
        Assert.True(graph.Installed(ContactA));
        Assert.Equal($"/v3/conversations/{graph.ChatIdFor(ContactA)}/activities", card.Path);
    }

    [Fact]
    public async Task GraphRefusalSendsTheTicketToTheFallbackAndTellsTheAsker()
    {
        graph.AddUser(ContactA, "anna.contact@minbzk.example", "Anna Contact");
        graph.FailFor(ContactA, HttpStatusCode.Forbidden);
        await ContactSaysHelloAsync(Fallback);

        await ExecuteAsync("handoff.send", new JsonObject { ["requestKey"] = "k-403", ["question"] = "Mag ik Copilot gebruiken?", ["redact"] = false });

        var sent = await DeliveredAsync(2);
        Assert.Contains(sent, r => r.Path == $"/v3/conversations/{ConversationOf(Fallback)}/activities" && r.CardText().Contains("Vraag 1", StringComparison.Ordinal));
        Assert.Contains(sent, r => r.Path == "/v3/conversations/a:personal-1/activities" && r.CardText().Contains("doorgestuurd", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AContactUserNameThatDoesNotExistSendsTheTicketToTheFallback()
    {
        await ContactSaysHelloAsync(Fallback);

        await ExecuteAsync("handoff.send", new JsonObject { ["requestKey"] = "k-404", ["question"] = "Mag ik Copilot gebruiken?", ["redact"] = false });

        var sent = await DeliveredAsync(2);
        Assert.Contains(sent, r => r.Path == $"/v3/conversations/{ConversationOf(Fallback)}/activities");
        Assert.Contains(sent, r => r.CardText().Contains("doorgestuurd", StringComparison.Ordinal));
        Assert.Contains(graph.Requests, r => r.Path.StartsWith("/users/anna.contact", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AContactWhoBlockedTheBotIsRecordedAndTheFallbackTakesOver()
    {
        graph.AddUser(ContactA, "anna.contact@minbzk.example", "Anna Contact", installed: true);
        await ContactSaysHelloAsync(ContactA);
        await ContactSaysHelloAsync(Fallback);
        Connector.Respond(403, "ConversationBlockedByUser");

        await ExecuteAsync("handoff.send", new JsonObject { ["requestKey"] = "k-blocked", ["question"] = "Mag ik Copilot gebruiken?", ["redact"] = false });

        var sent = await DeliveredAsync(3);
        Assert.Contains(sent, r => r.Path == $"/v3/conversations/{ConversationOf(Fallback)}/activities");
        Assert.Contains(sent, r => r.Path == "/v3/conversations/a:personal-1/activities" && r.CardText().Contains("doorgestuurd", StringComparison.Ordinal));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await graph.DisposeAsync();
    }
}
