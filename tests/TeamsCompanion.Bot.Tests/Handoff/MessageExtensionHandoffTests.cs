using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Bot.Tests.Handoff;

public sealed class MessageExtensionHandoffTests : HandoffHarness
{
    [Fact]
    public async Task FromAGroupChatComposeBoxTheQuestionGoesOutAndTheAnswerOpensThePersonalChat()
    {
        await ContactSaysHelloAsync(ContactA);

        var form = await SubmitAsync(new JsonObject { ["step"] = "contact" });
        Assert.Contains("Vraag het een mens", TextOf(form), StringComparison.Ordinal);
        var review = await SubmitAsync(new JsonObject { ["step"] = "handoff.review", ["requestKey"] = "me-1", ["question"] = "Mag ik 06-12345678 van mevrouw Bakker in een prompt zetten?" });
        Assert.Contains("persoonsgegeven", TextOf(review), StringComparison.Ordinal);
        var send = (JsonObject)ActionData(review, "Verstuur zonder persoonsgegevens").DeepClone();
        var sent = await SubmitAsync(send);
        Assert.Contains("Verstuurd: vraag 1", TextOf(sent), StringComparison.Ordinal);

        var ticketCard = Assert.Single(await DeliveredAsync(1)).Card();
        Assert.DoesNotContain("12345678", ticketCard.ToJsonString(), StringComparison.Ordinal);
        Connector.Clear();
        var answer = DataOf(ticketCard, "ticket.answer");
        answer["answer"] = "Nee, haal het nummer en de naam eruit.";
        await ExecuteAsync("ticket.answer", answer, ContactA);

        // The asker never chatted with the bot personally: the answer opens that chat.
        var created = Assert.Single(await DeliveredAsync(1));
        Assert.Equal("/v3/conversations", created.Path);
        Assert.Equal("29:user-" + Asker, (string?)created.Body!["members"]![0]!["id"]);
        Assert.Contains("Antwoord op je vraag 1", TextOf(created.Body["activity"]!["attachments"]![0]!["content"]!), StringComparison.Ordinal);
    }

    private async Task<JsonNode> SubmitAsync(JsonObject data)
    {
        var activity = Activities.Invoke(Connector.ServiceUrl, "composeExtension/submitAction", new JsonObject { ["commandId"] = "checkBeforeSharing", ["commandContext"] = "compose", ["data"] = data });
        activity["conversation"] = new JsonObject { ["id"] = "19:group@thread.v2", ["conversationType"] = "groupChat", ["tenantId"] = Activities.TenantId };
        var response = await Bot.PostActivityAsync(activity);
        var body = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
        return body["task"]!["value"]!["card"]!["content"]!;
    }

    private static JsonNode ActionData(JsonNode card, string title) =>
        card["actions"]!.AsArray().First(a => (string?)a!["title"] == title)!["data"]!;
}
