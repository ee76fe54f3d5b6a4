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
        var record = await db.Conversations.SingleOrDefaultAsync(c => c.ConversationId == reference.ConversationId, cancellationToken);
        if (record is null)
        {
            record = new ConversationRecord
            {
                ConversationId = reference.ConversationId,
                ServiceUrl = reference.ServiceUrl,
                ChannelId = reference.ChannelId,
                CreatedAt = now,
            };
            Apply(record, reference, now);
            db.Conversations.Add(record);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }
            catch (DbUpdateException)
            {
                // Teams sends installationUpdate and conversationUpdate together; the other one may have saved it first.
                if (await ExistsAsync(reference.ConversationId, cancellationToken))
                {
                    return false;
                }

                throw;
            }
        }

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

    private async Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Conversations.AnyAsync(c => c.ConversationId == conversationId, cancellationToken);
    }

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
        if (reference.ConversationType is null or "personal")
        {
            record.UserId = reference.UserId ?? record.UserId;
            record.UserAadObjectId = reference.UserAadObjectId ?? record.UserAadObjectId;
        }

        record.BotId = reference.BotId;
        record.UpdatedAt = now;
    }
}
