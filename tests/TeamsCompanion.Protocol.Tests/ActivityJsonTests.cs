using System.Text.Json;
using TeamsCompanion.Protocol;
using TeamsCompanion.Protocol.Activities;

namespace TeamsCompanion.Protocol.Tests;

public sealed class ActivityJsonTests
{
    private const string TeamsInvoke = """
        {
          "name": "composeExtension/fetchTask",
          "type": "invoke",
          "timestamp": "2026-11-29T09:00:00.000Z",
          "localTimestamp": "2026-11-29T10:00:00.000+01:00",
          "id": "f:123",
          "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/emea/",
          "from": { "id": "29:1abc", "name": "Anne de Vries", "aadObjectId": "aad-anne" },
          "conversation": { "isGroup": true, "conversationType": "channel", "tenantId": "t-1", "id": "19:abc@thread.skype;messageid=1" },
          "recipient": { "id": "28:bot", "name": "TeamsCompanion" },
          "entities": [ { "type": "clientInfo", "locale": "nl-NL", "platform": "Web" } ],
          "channelData": { "tenant": { "id": "t-1" }, "source": { "name": "message" }, "team": { "id": "19:team", "name": "Beleid", "aadGroupId": "g-1" } },
          "value": { "commandId": "checkBeforeSharing", "commandContext": "message", "messagePayload": { "body": { "contentType": "html", "content": "<p>Hoi</p>" } } },
          "locale": "nl-NL",
          "imdisplayname": "Anne de Vries"
        }
        """;

    [Fact]
    public void ATeamsActivityReadsIntoTheModel()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsInvoke, ProtocolJson.Options)!;

        Assert.Equal("invoke", activity.Type);
        Assert.Equal("composeExtension/fetchTask", activity.Name);
        Assert.Equal("channel", activity.Conversation!.ConversationType);
        Assert.Equal("aad-anne", activity.From!.AadObjectId);
        Assert.Equal("t-1", activity.GetTenantId());
        var channelData = activity.GetTeamsChannelData()!;
        Assert.Equal("message", channelData.Source!.Name);
        Assert.Equal("g-1", channelData.Team!.AadGroupId);
        Assert.Equal(TimeSpan.FromHours(1), activity.LocalTimestamp!.Value.Offset);
    }

    [Fact]
    public void UnknownPropertiesSurviveARoundTrip()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsInvoke, ProtocolJson.Options)!;

        var written = JsonSerializer.SerializeToElement(activity, ProtocolJson.Options);

        Assert.Equal("Anne de Vries", written.GetProperty("imdisplayname").GetString());
        Assert.Equal("Web", written.GetProperty("entities")[0].GetProperty("platform").GetString());
        Assert.Equal("<p>Hoi</p>", written.GetProperty("value").GetProperty("messagePayload").GetProperty("body").GetProperty("content").GetString());
    }

    [Fact]
    public void PropertyNamesAreReadCaseInsensitivelyAndWrittenCamelCaseWithoutNulls()
    {
        var activity = JsonSerializer.Deserialize<Activity>("""{"Type":"message","serviceURL":"https://smba.trafficmanager.net/x/"}""", ProtocolJson.Options)!;

        var json = JsonSerializer.Serialize(activity, ProtocolJson.Options);

        Assert.Equal("https://smba.trafficmanager.net/x/", activity.ServiceUrl);
        Assert.Equal("""{"type":"message","serviceUrl":"https://smba.trafficmanager.net/x/"}""", json);
    }

    [Fact]
    public void AReplyIsAddressedBackToTheSender()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsInvoke, ProtocolJson.Options)!;

        var reply = activity.CreateReply("hallo");

        Assert.Equal("28:bot", reply.From!.Id);
        Assert.Equal("29:1abc", reply.Recipient!.Id);
        Assert.Equal(activity.Conversation!.Id, reply.Conversation!.Id);
        Assert.Equal("f:123", reply.ReplyToId);
    }

    [Fact]
    public void TheConversationReferenceHoldsWhatAProactiveMessageNeeds()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsInvoke, ProtocolJson.Options)!;

        var reference = activity.GetConversationReference()!;
        var message = reference.CreateMessage();

        Assert.Equal("https://smba.trafficmanager.net/emea/", reference.ServiceUrl);
        Assert.Equal("t-1", reference.TenantId);
        Assert.Equal("aad-anne", reference.UserAadObjectId);
        Assert.Equal(reference.ConversationId, message.Conversation!.Id);
        Assert.Equal("28:bot", message.From!.Id);
    }

    [Fact]
    public void MentionsOfTheBotAreFoundAndStripped()
    {
        var activity = new Activity
        {
            Text = "<at>TeamsCompanion</at> tips ethiek",
            Recipient = new ChannelAccount { Id = "28:bot" },
            Entities = [JsonSerializer.Deserialize<Entity>("""{"type":"mention","mentioned":{"id":"28:bot","name":"TeamsCompanion"}}""", ProtocolJson.Options)!],
        };

        Assert.True(activity.MentionsRecipient());
        Assert.Equal("tips ethiek", activity.TextWithoutMentions());

        activity.Recipient.Id = "28:other";
        Assert.False(activity.MentionsRecipient());
    }
}
