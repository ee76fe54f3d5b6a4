using System.Text.Json.Nodes;

namespace TeamsCompanion.Testing;

/// <summary>Teams activity JSON as Teams sends it, for tests to post.</summary>
public static class Activities
{
    public const string TenantId = "72f988bf-0000-4000-8000-000000000001";
    public const string BotId = "28:00000000-0000-0000-0000-0000000000b0";

    public static JsonObject Message(string serviceUrl, string text, string conversationId = "a:personal-1", string userAad = "aad-user-1",
        string conversationType = "personal", string locale = "nl-NL") => new()
        {
            ["type"] = "message",
            ["id"] = "msg-" + Guid.NewGuid().ToString("N")[..8],
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:user-" + userAad, ["name"] = "Test Gebruiker", ["aadObjectId"] = userAad },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "TeamsCompanion" },
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = conversationType, ["tenantId"] = TenantId },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
            ["text"] = text,
            ["textFormat"] = "plain",
            ["locale"] = locale,
        };

    public static JsonObject InstallationAdd(string serviceUrl, string conversationId = "a:personal-1", string action = "add")
    {
        var activity = Message(serviceUrl, string.Empty, conversationId);
        activity["type"] = "installationUpdate";
        activity["action"] = action;
        activity.Remove("text");
        return activity;
    }

    public static JsonObject BotAdded(string serviceUrl, string conversationId = "a:personal-1")
    {
        var activity = Message(serviceUrl, string.Empty, conversationId);
        activity["type"] = "conversationUpdate";
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId }, new JsonObject { ["id"] = "29:user-aad-user-1" });
        activity.Remove("text");
        return activity;
    }

    /// <summary>A group-chat message that @mentions the bot, as Teams writes it.</summary>
    public static JsonObject Mention(string serviceUrl, string text, string conversationType = "groupChat")
    {
        var activity = Message(serviceUrl, $"<at>TeamsCompanion</at> {text}", "19:group@thread.v2", conversationType: conversationType);
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>TeamsCompanion</at>",
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "TeamsCompanion" },
        });
        return activity;
    }

    /// <summary>An invoke (message extension, card action) with its value, as Teams or Outlook sends it.</summary>
    public static JsonObject Invoke(string serviceUrl, string name, JsonObject value, string channelId = "msteams", string locale = "nl-NL")
    {
        var activity = Message(serviceUrl, string.Empty, locale: locale);
        activity["type"] = "invoke";
        activity["name"] = name;
        activity["channelId"] = channelId;
        activity["value"] = value;
        activity.Remove("text");
        return activity;
    }
}
