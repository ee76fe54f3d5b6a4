namespace TeamsCompanion.Bot.Storage;

/// <summary>
/// Where the bot can reach a conversation later (proactive messages). Ids and addresses only,
/// never message text.
/// </summary>
public sealed class ConversationRecord
{
    public long Id { get; set; }

    public required string ConversationId { get; set; }

    public required string ServiceUrl { get; set; }

    public required string ChannelId { get; set; }

    public string? ConversationType { get; set; }

    public string? TenantId { get; set; }

    public string? UserId { get; set; }

    public string? UserAadObjectId { get; set; }

    public string? BotId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>What a user chose; keyed by their Entra object id, or by their Teams id when Teams gives none.</summary>
public sealed class UserPreference
{
    public required string UserKey { get; set; }

    public required string Language { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
