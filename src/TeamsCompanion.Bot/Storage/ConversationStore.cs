using Microsoft.EntityFrameworkCore;
using TeamsCompanion.Protocol.Activities;

namespace TeamsCompanion.Bot.Storage;

/// <summary>The conversations the bot may message later. Keyed by conversation id.</summary>
public sealed class ConversationStore(IDbContextFactory<TeamsCompanionDbContext> contexts, TimeProvider time)
{
    /// <summary>Saves or refreshes the reference; true when the conversation was not known before.</summary>
    public async Task<bool> SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();

        // Teams sends installationUpdate and conversationUpdate together for one install; the
        // database decides which one is first, without a failed insert for the other.
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO "Conversations" ("ConversationId", "ServiceUrl", "ChannelId", "ConversationType", "TenantId", "UserId", "UserAadObjectId", "BotId", "CreatedAt", "UpdatedAt")
            VALUES ({reference.ConversationId}, {reference.ServiceUrl}, {reference.ChannelId}, {reference.ConversationType}, {reference.TenantId},
                    {PersonalOnly(reference, reference.UserId)}, {PersonalOnly(reference, reference.UserAadObjectId)}, {reference.BotId}, {now.UtcTicks}, {now.UtcTicks})
            ON CONFLICT ("ConversationId") DO NOTHING
            """,
            cancellationToken);
        if (inserted == 1)
        {
            return true;
        }

        var record = await db.Conversations.SingleAsync(c => c.ConversationId == reference.ConversationId, cancellationToken);
        if (Differs(record, reference))
        {
            Apply(record, reference, now);
            await db.SaveChangesAsync(cancellationToken);
        }

        return false;
    }

    public async Task RemoveAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Conversations.Where(c => c.ConversationId == conversationId).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<ConversationRecord?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Conversations.AsNoTracking().SingleOrDefaultAsync(c => c.ConversationId == conversationId, cancellationToken);
    }

    /// <summary>The user's personal chat with the bot, if the bot was ever in one.</summary>
    public async Task<ConversationRecord?> FindPersonalAsync(string userAadObjectId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Conversations.AsNoTracking()
            .Where(c => c.UserAadObjectId == userAadObjectId && (c.ConversationType == null || c.ConversationType == "personal"))
            .OrderByDescending(c => c.UpdatedAt)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private static string? PersonalOnly(ConversationReference reference, string? value) =>
        reference.ConversationType is null or "personal" ? value : null;

    private static bool Differs(ConversationRecord record, ConversationReference reference) =>
        record.ServiceUrl != reference.ServiceUrl
        || record.TenantId != reference.TenantId
        || record.ConversationType != reference.ConversationType
        || (reference.UserAadObjectId is not null && record.UserAadObjectId != reference.UserAadObjectId)
        || record.BotId != reference.BotId;

    private static void Apply(ConversationRecord record, ConversationReference reference, DateTimeOffset now)
    {
        record.ServiceUrl = reference.ServiceUrl;
        record.ChannelId = reference.ChannelId;
        record.ConversationType = reference.ConversationType;
        record.TenantId = reference.TenantId;

        // In group chats and channels the sender changes; the user of a conversation is only meaningful in personal chat.
        record.UserId = PersonalOnly(reference, reference.UserId) ?? record.UserId;
        record.UserAadObjectId = PersonalOnly(reference, reference.UserAadObjectId) ?? record.UserAadObjectId;

        record.BotId = reference.BotId;
        record.UpdatedAt = now;
    }
}
