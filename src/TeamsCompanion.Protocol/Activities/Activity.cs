using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsCompanion.Protocol.Activities;

/// <summary>
/// A Bot Framework / Teams activity. Unknown properties are kept in <see cref="ExtensionData"/>
/// so that Teams-specific fields survive a round trip.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? ReplyToId { get; set; }
    public string? Text { get; set; }
    public string? TextFormat { get; set; }
    public string? Summary { get; set; }
    public string? Speak { get; set; }
    public string? InputHint { get; set; }
    public string? AttachmentLayout { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public List<Entity>? Entities { get; set; }
    public JsonElement? ChannelData { get; set; }
    public JsonElement? Value { get; set; }
    public string? Name { get; set; }
    public string? Locale { get; set; }
    public string? Action { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>The Teams channel data, read from <see cref="ChannelData"/> on demand.</summary>
    public TeamsChannelData? GetTeamsChannelData()
    {
        if (ChannelData is not { ValueKind: JsonValueKind.Object } data)
        {
            return null;
        }

        try
        {
            return data.Deserialize<TeamsChannelData>(ProtocolJson.Options);
        }
        catch (JsonException)
        {
            // Channel data of another shape is not Teams channel data.
            return null;
        }
    }

    /// <summary>The tenant id from the conversation, or else from the Teams channel data.</summary>
    public string? GetTenantId() => Conversation?.TenantId ?? GetTeamsChannelData()?.Tenant?.Id;

    /// <summary>Reads <see cref="Value"/> as <typeparamref name="T"/>; null when absent or of the wrong shape.</summary>
    public T? GetValue<T>() where T : class
    {
        if (Value is not { ValueKind: JsonValueKind.Object or JsonValueKind.Array } value)
        {
            return null;
        }

        try
        {
            return value.Deserialize<T>(ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A new message activity addressed back into this activity's conversation.</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name, AadObjectId = From.AadObjectId },
        Conversation = Conversation is null ? null : new ConversationAccount
        {
            Id = Conversation.Id,
            TenantId = Conversation.TenantId,
            ConversationType = Conversation.ConversationType,
            IsGroup = Conversation.IsGroup,
        },
        ReplyToId = Id,
        Locale = Locale,
    };
}
