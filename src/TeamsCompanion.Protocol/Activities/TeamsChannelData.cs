using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsCompanion.Protocol.Activities;

/// <summary>The Teams part of <c>channelData</c>.</summary>
public sealed class TeamsChannelData
{
    public TenantInfo? Tenant { get; set; }
    public TeamInfo? Team { get; set; }
    public ChannelInfo? Channel { get; set; }
    public string? EventType { get; set; }
    public SourceInfo? Source { get; set; }

    public TeamsChannelSettings? Settings { get; set; }

    public NotificationInfo? Notification { get; set; }

    public MeetingInfo? Meeting { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed record TenantInfo(string? Id);

public sealed record TeamInfo(string? Id, string? Name, string? AadGroupId);

public sealed record ChannelInfo(string? Id, string? Name);

public sealed record SourceInfo(string? Name);

public sealed record TeamsChannelSettings(ChannelInfo? SelectedChannel);

/// <summary>Whether Teams should raise a notification (alert) for a bot message.</summary>
public sealed record NotificationInfo(bool? Alert, bool? AlertInMeeting);

public sealed record MeetingInfo(string? Id);
