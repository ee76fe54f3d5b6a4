using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TeamsCompanion.Bot.Storage;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Bot.Tests;

/// <summary>Real fetchTask / submitAction / query invoke payloads; the answer is always HTTP 200 with a body Teams understands.</summary>
public sealed class MessageExtensionTests : BotWithConnector
{
    private const string Bsn = "111222333";
    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    protected override BotFactory CreateBot() => new BotFactory(new Dictionary<string, string?> { ["MessageExtension:MaxDraftChars"] = "200000" });

    [Theory]
    [InlineData("compose", "msteams")]
    [InlineData("commandbox", "msteams")]
    [InlineData("compose", "m365extensions")]
    public async Task FromTheComposeBoxADialogAsksForTheDraft(string context, string channel)
    {
        var body = await InvokeAsync("composeExtension/fetchTask", new JsonObject { ["commandId"] = "checkBeforeSharing", ["commandContext"] = context }, channel);

        Assert.Equal("continue", (string?)body["task"]!["type"]);
        var card = body["task"]!["value"]!["card"]!["content"]!;
        var inputs = card["body"]!.AsArray().Select(e => (string?)e!["id"]).ToList();
        Assert.Contains("draft", inputs);
        Assert.Contains("audience", inputs);
        Assert.Contains("aiUsed", inputs);
        Assert.Equal("check", (string?)card["actions"]![0]!["data"]!["step"]);
    }

    [Fact]
    public async Task FromAMessageTheHtmlBodyIsCheckedAtOnceAndNothingIsShownUnmasked()
    {
        var value = new JsonObject
        {
            ["commandId"] = "checkBeforeSharing",
            ["commandContext"] = "message",
            ["messagePayload"] = new JsonObject
            {
                ["id"] = "1700000000000",
                ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = $"<p>Hoi team,</p><p>Het BSN van de aanvrager is&nbsp;{Bsn}.<br>Groet</p>" },
            },
        };

        var body = await InvokeAsync("composeExtension/fetchTask", value);

        var card = body["task"]!["value"]!["card"]!["content"]!;
        var json = card.ToJsonString(Readable);
        Assert.Contains("Let op: 1 persoonsgegeven(s) gevonden.", json, StringComparison.Ordinal);
        Assert.Contains("•••••2333", json, StringComparison.Ordinal);
        Assert.Contains("Handreiking §9.1", json, StringComparison.Ordinal);
        Assert.DoesNotContain(Bsn, json, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", json, StringComparison.Ordinal);
        var insert = card["actions"]!.AsArray().First(a => (string?)a!["data"]?["step"] == "insert")!;
        Assert.Equal("Vervang persoonsgegevens", (string?)insert["title"]);
        Assert.Contains("[BSN]", (string?)insert["data"]!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATextForCitizensMadeWithAiWithoutDisclosureGetsTheDisclosureFix()
    {
        var body = await SubmitAsync(new JsonObject { ["step"] = "check", ["draft"] = "Beste inwoner,\n\nDe afvalinzameling verandert per 1 januari.", ["audience"] = "citizens", ["aiUsed"] = "true" });

        var card = body["task"]!["value"]!["card"]!["content"]!;
        Assert.Contains("Geen AI-vermelding, terwijl de tekst naar burgers gaat.", card.ToJsonString(Readable), StringComparison.Ordinal);
        var fix = card["actions"]!.AsArray().Single(a => (string?)a!["title"] == "Voeg AI-vermelding toe")!;
        Assert.EndsWith("gecontroleerd door een medewerker.", (string?)fix["data"]!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACleanDraftSaysSo()
    {
        var body = await SubmitAsync(new JsonObject { ["step"] = "check", ["draft"] = "We vergaderen dinsdag over het nieuwe beleid.", ["audience"] = "internal", ["aiUsed"] = "false" });

        Assert.Contains("Geen persoonsgegevens gevonden. Je kunt dit delen.", body.ToJsonString(Readable), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InsertingReturnsAComposeExtensionResultWithAPreview()
    {
        var body = await SubmitAsync(new JsonObject { ["step"] = "insert", ["text"] = "Het BSN is [BSN].\n\nGroet" });

        var result = body["composeExtension"]!;
        Assert.Equal("result", (string?)result["type"]);
        var attachment = result["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal("application/vnd.microsoft.card.thumbnail", (string?)attachment["preview"]!["contentType"]);
        Assert.Equal("Het BSN is [BSN].", (string?)attachment["content"]!["body"]![0]!["text"]);
    }

    [Fact]
    public async Task AskingTheContactPersonShowsHowToReachThem()
    {
        var body = await SubmitAsync(new JsonObject { ["step"] = "contact" });

        Assert.Contains("ai-vragen@organisatie.example", body.ToJsonString(Readable), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<p></p><br><div>&nbsp;</div>")]
    public async Task AnEmptyDraftGetsTheFormBackWithANotice(string draft)
    {
        var body = await SubmitAsync(new JsonObject { ["step"] = "check", ["draft"] = draft });

        Assert.Contains("Er staat geen tekst in.", body["task"]!["value"]!["card"]!.ToJsonString(Readable), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADraftOverTheLimitGetsAClearCardNotATimeout()
    {
        var body = await SubmitAsync(new JsonObject { ["step"] = "check", ["draft"] = new string('a', 5 * 1024 * 1024) });

        Assert.Contains("te lang om hier te controleren", body.ToJsonString(Readable), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("somethingElse")]
    public async Task AMissingOrUnknownCommandIsAFriendlyMessage(string? commandId)
    {
        var value = new JsonObject { ["commandContext"] = "compose" };
        if (commandId is not null)
        {
            value["commandId"] = commandId;
        }

        var body = await InvokeAsync("composeExtension/fetchTask", value);

        Assert.Equal("message", (string?)body["task"]!["type"]);
        Assert.Contains("opdracht ken ik niet", (string?)body["task"]!["value"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASubmitWithoutDataIsAFriendlyMessage()
    {
        var body = await InvokeAsync("composeExtension/submitAction", new JsonObject { ["commandId"] = "checkBeforeSharing", ["commandContext"] = "compose" });

        Assert.Equal("message", (string?)body["task"]!["type"]);
    }

    [Fact]
    public async Task AnInvokeWithoutValueIsAFriendlyMessage()
    {
        var activity = Activities.Invoke(Connector.ServiceUrl, "composeExtension/submitAction", []);
        activity.Remove("value");

        var response = await Bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("message", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["task"]!["type"]);
    }

    [Fact]
    public async Task ChecksAreCountedByTypeAndTheDraftIsNotStored()
    {
        await SubmitAsync(new JsonObject { ["step"] = "check", ["draft"] = $"BSN {Bsn} van mevrouw Jansen-Zwanenburg" });
        await Bot.Services.GetRequiredService<UsageCounters>().FlushAsync(default);

        await using var db = await Bot.Services.GetRequiredService<IDbContextFactory<TeamsCompanionDbContext>>().CreateDbContextAsync();
        var counts = await db.DailyCounts.ToDictionaryAsync(c => c.Metric, c => c.Count);
        Assert.Equal(1, counts["checks"]);
        Assert.Equal(1, counts["findings.bsn"]);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var stored = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(Bot.DatabasePath)) +
            (File.Exists(Bot.DatabasePath + "-wal") ? System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(Bot.DatabasePath + "-wal")) : string.Empty);
        Assert.DoesNotContain("Zwanenburg", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(Bot.Logs.GetSnapshot(), r => r.Message.Contains("Zwanenburg", StringComparison.Ordinal) || r.Message.Contains("2333", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheFirstSearchShowsTipsAsInsertableCardsWithPreviews()
    {
        var body = await QueryAsync(new JsonArray(new JsonObject { ["name"] = "initialRun", ["value"] = "true" }));

        var attachments = body["composeExtension"]!["attachments"]!.AsArray();
        Assert.InRange(attachments.Count, 5, 10);
        Assert.All(attachments, a =>
        {
            Assert.Equal("application/vnd.microsoft.card.thumbnail", (string?)a!["preview"]!["contentType"]);
            Assert.StartsWith("Handreiking §", (string?)a["preview"]!["content"]!["text"], StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task SearchingFindsGuidanceAndCountsWhatWasShown()
    {
        var body = await QueryAsync(new JsonArray(new JsonObject { ["name"] = "query", ["value"] = "persoonsgegevens" }));
        await QueryAsync(new JsonArray(new JsonObject { ["name"] = "query", ["value"] = "persoonsgegevens" }));

        var found = body["composeExtension"]!["attachments"]!.AsArray().Select(a => (string?)a!["preview"]!["content"]!["title"]).ToList();
        Assert.Contains("ersoonsgegevens", body["composeExtension"]!["attachments"]![0]!.ToJsonString(Readable), StringComparison.Ordinal);
        var again = await QueryAsync(new JsonArray(new JsonObject { ["name"] = "initialRun", ["value"] = "true" }));
        Assert.Contains((string?)again["composeExtension"]!["attachments"]![0]!["preview"]!["content"]!["title"], found);
    }

    [Fact]
    public async Task ASearchWithoutResultsSaysWhatToTry()
    {
        var body = await QueryAsync(new JsonArray(new JsonObject { ["name"] = "query", ["value"] = "xyzzy plugh" }));

        Assert.Equal("message", (string?)body["composeExtension"]!["type"]);
    }

    private async Task<JsonNode> SubmitAsync(JsonObject data) =>
        await InvokeAsync("composeExtension/submitAction", new JsonObject { ["commandId"] = "checkBeforeSharing", ["commandContext"] = "compose", ["data"] = data });

    private async Task<JsonNode> QueryAsync(JsonArray parameters) =>
        await InvokeAsync("composeExtension/query", new JsonObject { ["commandId"] = "searchGuidance", ["parameters"] = parameters, ["queryOptions"] = new JsonObject { ["skip"] = 0, ["count"] = 10 } });

    private async Task<JsonNode> InvokeAsync(string name, JsonObject value, string channel = "msteams")
    {
        var response = await Bot.PostActivityAsync(Activities.Invoke(Connector.ServiceUrl, name, value, channel));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Connector.Requests);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
