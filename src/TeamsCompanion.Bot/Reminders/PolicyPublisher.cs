using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TeamsCompanion.Bot.Outbox;
using TeamsCompanion.Bot.Storage;
using TeamsCompanion.Guidance.Packs;
using TeamsCompanion.Guidance.Versions;

namespace TeamsCompanion.Bot.Reminders;

public sealed record PublishResult(PolicyVersion Version, bool Created, int Recipients);

/// <summary>
/// Publishes a pack: validates it, stores it as a new immutable version, and in the same
/// transaction writes one outbox row per person the bot can reach. The same pack twice is one version.
/// </summary>
public sealed class PolicyPublisher(IDbContextFactory<TeamsCompanionDbContext> contexts, OutboxSignal signal, TimeProvider time)
{
    public const string NoticeKind = "policy.notice";

    /// <summary>Throws <see cref="PackLoadException"/> with file:line errors for an invalid pack; then nothing is stored or sent.</summary>
    public async Task<PublishResult> PublishAsync(PackFiles files, string releaseNotes, string publishedBy, bool informational, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var pack = files.Load(PolicyPackLoader.ShippedPackFolder);
        var hash = files.Hash();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.PolicyVersions.AsNoTracking().SingleOrDefaultAsync(v => v.ContentHash == hash, cancellationToken) is { } existing)
        {
            return new PublishResult(existing, Created: false, await RecipientsAsync(db, existing.Id, cancellationToken));
        }

        var now = time.GetUtcNow();
        var version = new PolicyVersion
        {
            PackId = pack.Id,
            PackVersion = pack.Version,
            ContentHash = hash,
            PublishedAt = now,
            PublishedBy = publishedBy,
            ReleaseNotes = releaseNotes,
            Informational = informational,
            Files = JsonSerializer.Serialize(files.Files),
        };

        int recipients;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.PolicyVersions.Add(version);
            await db.SaveChangesAsync(cancellationToken);
            var notification = new PolicyNotification { VersionId = version.Id, Round = 0, CreatedAt = now };
            db.PolicyNotifications.Add(notification);
            await db.SaveChangesAsync(cancellationToken);
            recipients = await EnqueueAsync(db, notification, onlyUnacknowledged: false, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        signal.Notify();
        return new PublishResult(version, Created: true, recipients);
    }

    /// <summary>
    /// One outbox row per person with a personal chat, in one statement so 20,000 recipients take one round trip.
    /// A person can have two chat ids for one chat (the one Graph gave when the bot installed itself, and the one
    /// Teams sends later): only their newest is used. A reminder round leaves out who already acknowledged the version.
    /// </summary>
    internal static async Task<int> EnqueueAsync(TeamsCompanionDbContext db, PolicyNotification notification, bool onlyUnacknowledged, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var prefix = $"notice:{notification.Id}:";
        var ticks = now.UtcTicks;
        var versionId = notification.VersionId;
        var unacknowledged = onlyUnacknowledged ? 1 : 0;
        return await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO "Outbox" ("Kind", "SubjectId", "Recipient", "IdempotencyKey", "State", "Attempts", "NextAttemptAt", "CreatedAt")
            SELECT {NoticeKind}, {notification.Id}, c."ConversationId", {prefix} || c."ConversationId", 'Pending', 0, {ticks}, {ticks}
            FROM "Conversations" c
            WHERE (c."ConversationType" IS NULL OR c."ConversationType" = 'personal')
              AND (c."UserAadObjectId" IS NULL OR c."Id" = (
                  SELECT n."Id" FROM "Conversations" n
                  WHERE n."UserAadObjectId" = c."UserAadObjectId" AND (n."ConversationType" IS NULL OR n."ConversationType" = 'personal')
                  ORDER BY n."UpdatedAt" DESC, n."Id" DESC LIMIT 1))
              AND ({unacknowledged} = 0 OR NOT EXISTS (
                  SELECT 1 FROM "Acknowledgements" a
                  WHERE a."VersionId" = {versionId} AND (a."UserKey" = c."UserAadObjectId" OR a."UserKey" = c."UserId")))
            ON CONFLICT ("IdempotencyKey") DO NOTHING
            """,
            cancellationToken);
    }

    private static async Task<int> RecipientsAsync(TeamsCompanionDbContext db, int versionId, CancellationToken cancellationToken)
    {
        var first = await db.PolicyNotifications.Where(n => n.VersionId == versionId && n.Round == 0).Select(n => n.Id).FirstOrDefaultAsync(cancellationToken);
        return await db.Outbox.CountAsync(m => m.Kind == NoticeKind && m.SubjectId == first, cancellationToken);
    }
}
