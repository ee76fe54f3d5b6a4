using Microsoft.EntityFrameworkCore;
using TeamsCompanion.Bot.Storage;

namespace TeamsCompanion.Bot.Reminders.Installs;

/// <summary>What a walk knows at its start: who can be reached already, who has a row in the round, who was handled.</summary>
internal sealed record WalkState(
    Dictionary<string, string> PersonalChats,
    HashSet<string> Reached,
    Dictionary<string, MemberInstall> Handled);

/// <summary>The database side of installing for a group: the run's lease, each member's outcome, their chat and outbox row.</summary>
internal sealed class MemberInstallStore(IDbContextFactory<TeamsCompanionDbContext> contexts, TimeProvider time)
{
    /// <summary>
    /// Takes the walk of <paramref name="notificationId"/> for this instance. One statement, so two instances never
    /// both take it; an instance that died loses it when its lease runs out. A finished walk is not taken again
    /// unless the group setting changed.
    /// </summary>
    public async Task<bool> ClaimAsync(long notificationId, string groupId, string owner, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcTicks;
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO "MemberInstallRuns" ("NotificationId", "GroupId", "StartedAt", "NextAttemptAt", "Members", "Guests", "Disabled")
            VALUES ({notificationId}, {groupId}, {now}, {now}, 0, 0, 0)
            ON CONFLICT ("NotificationId") DO NOTHING
            """,
            cancellationToken);
        await db.MemberInstallRuns.Where(r => r.NotificationId == notificationId && r.GroupId != groupId)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.GroupId, groupId).SetProperty(r => r.CompletedAt, (DateTimeOffset?)null), cancellationToken);
        var until = now + lease.Ticks;
        var taken = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            UPDATE "MemberInstallRuns" SET "LeaseOwner" = {owner}, "LeaseUntil" = {until}
            WHERE "NotificationId" = {notificationId} AND "CompletedAt" IS NULL AND "NextAttemptAt" <= {now}
              AND ("LeaseUntil" IS NULL OR "LeaseUntil" < {now})
            """,
            cancellationToken);
        return taken == 1;
    }

    public async Task RenewAsync(long notificationId, string owner, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var until = time.GetUtcNow() + lease;
        await db.MemberInstallRuns.Where(r => r.NotificationId == notificationId && r.LeaseOwner == owner)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.LeaseUntil, until), cancellationToken);
    }

    /// <summary>Ends this instance's turn: finished with the counts, or paused until <paramref name="next"/> with the problem.</summary>
    public async Task ReleaseAsync(long notificationId, string owner, WalkCounts? finished, DateTimeOffset next, string? problem)
    {
        // Recorded also when the app is stopping, so another instance need not wait for the lease.
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        var run = await db.MemberInstallRuns.SingleAsync(r => r.NotificationId == notificationId, CancellationToken.None);
        if (run.LeaseOwner != owner)
        {
            return;
        }

        run.LeaseOwner = null;
        run.LeaseUntil = null;
        run.NextAttemptAt = next;
        run.Problem = problem is { Length: > 512 } ? problem[..512] : problem;
        if (finished is { } counts)
        {
            run.CompletedAt = time.GetUtcNow();
            (run.Members, run.Guests, run.Disabled) = (counts.Members, counts.Guests, counts.Disabled);
        }

        await db.SaveChangesAsync(CancellationToken.None);
    }

    public async Task<WalkState> LoadAsync(long notificationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var chats = await db.Conversations.AsNoTracking()
            .Where(c => c.UserAadObjectId != null && (c.ConversationType == null || c.ConversationType == "personal"))
            .OrderBy(c => c.UpdatedAt).ThenBy(c => c.Id)
            .Select(c => new { c.UserAadObjectId, c.ConversationId })
            .ToListAsync(cancellationToken);
        var personal = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var chat in chats)
        {
            // The newest chat per person wins, as in the publisher.
            personal[chat.UserAadObjectId!] = chat.ConversationId;
        }

        var reached = await (
            from o in db.Outbox
            join c in db.Conversations on o.Recipient equals c.ConversationId
            where o.Kind == PolicyPublisher.NoticeKind && o.SubjectId == notificationId && c.UserAadObjectId != null
            select c.UserAadObjectId!).Distinct().ToListAsync(cancellationToken);
        var handled = await db.MemberInstalls.AsNoTracking().Where(i => i.NotificationId == notificationId).ToListAsync(cancellationToken);
        return new WalkState(
            personal,
            new HashSet<string>(reached, StringComparer.OrdinalIgnoreCase),
            handled.ToDictionary(i => i.UserObjectId, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Whether the round was cancelled, or a newer version makes walking for it pointless.</summary>
    public async Task<bool> StillWantedAsync(PolicyNotification round, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cancelled = await db.PolicyNotifications.AnyAsync(n => n.Id == round.Id && n.CancelledAt != null, cancellationToken);
        var newer = await db.PolicyVersions.AnyAsync(v => v.Id > round.VersionId, cancellationToken);
        return !cancelled && !newer;
    }

    /// <summary>A member who has a chat with the bot but no message in the round (they opened the bot after it was published).</summary>
    public async Task EnqueueAsync(long notificationId, string userObjectId, string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await EnqueueAsync(db, notificationId, userObjectId, conversationId, cancellationToken);
    }

    public async Task RecordAsync(long notificationId, string userObjectId, MemberInstallOutcome outcome, string? reason, int attempts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        Record(db, await FindAsync(db, notificationId, userObjectId, cancellationToken), notificationId, userObjectId, outcome, reason, attempts);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// After Graph installed the app: the outcome, the chat (unless the person's own chat arrived meanwhile: then that one)
    /// and the outbox row, in one transaction, so a crash leaves either all or nothing and a rerun installs again (Graph: 409).
    /// </summary>
    public async Task StoreInstalledAsync(long notificationId, string userObjectId, string chatId, InstallTarget target, int attempts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Record(db, await FindAsync(db, notificationId, userObjectId, cancellationToken), notificationId, userObjectId, MemberInstallOutcome.Installed, null, attempts);
        await db.SaveChangesAsync(cancellationToken);

        var own = await db.Conversations.AsNoTracking()
            .Where(c => c.UserAadObjectId == userObjectId && (c.ConversationType == null || c.ConversationType == "personal"))
            .OrderByDescending(c => c.UpdatedAt).Select(c => c.ConversationId).FirstOrDefaultAsync(cancellationToken);
        if (own is null)
        {
            var now = time.GetUtcNow().UtcTicks;
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO "Conversations" ("ConversationId", "ServiceUrl", "ChannelId", "ConversationType", "TenantId", "UserId", "UserAadObjectId", "BotId", "CreatedAt", "UpdatedAt")
                VALUES ({chatId}, {target.ServiceUrl}, 'msteams', 'personal', {target.TenantId}, NULL, {userObjectId}, NULL, {now}, {now})
                ON CONFLICT ("ConversationId") DO NOTHING
                """,
                cancellationToken);
        }

        await EnqueueAsync(db, notificationId, userObjectId, own ?? chatId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// One row for the person in the round, whichever of their chats it goes to: the key is the publisher's
    /// (<c>notice:{round}:{conversation}</c>), and a row to another chat of the same person counts too.
    /// </summary>
    private async Task EnqueueAsync(TeamsCompanionDbContext db, long notificationId, string userObjectId, string conversationId, CancellationToken cancellationToken)
    {
        var key = $"notice:{notificationId}:{conversationId}";
        var ticks = time.GetUtcNow().UtcTicks;
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO "Outbox" ("Kind", "SubjectId", "Recipient", "IdempotencyKey", "State", "Attempts", "NextAttemptAt", "CreatedAt")
            SELECT {PolicyPublisher.NoticeKind}, {notificationId}, {conversationId}, {key}, 'Pending', 0, {ticks}, {ticks}
            WHERE NOT EXISTS (
                SELECT 1 FROM "Outbox" o JOIN "Conversations" c ON c."ConversationId" = o."Recipient"
                WHERE o."Kind" = {PolicyPublisher.NoticeKind} AND o."SubjectId" = {notificationId} AND c."UserAadObjectId" = {userObjectId})
            ON CONFLICT ("IdempotencyKey") DO NOTHING
            """,
            cancellationToken);
    }

    private static Task<MemberInstall?> FindAsync(TeamsCompanionDbContext db, long notificationId, string userObjectId, CancellationToken cancellationToken) =>
        db.MemberInstalls.SingleOrDefaultAsync(i => i.NotificationId == notificationId && i.UserObjectId == userObjectId, cancellationToken);

    private void Record(TeamsCompanionDbContext db, MemberInstall? row, long notificationId, string userObjectId, MemberInstallOutcome outcome, string? reason, int attempts)
    {
        if (row is null)
        {
            row = new MemberInstall { NotificationId = notificationId, UserObjectId = userObjectId };
            db.MemberInstalls.Add(row);
        }

        row.Outcome = outcome;
        row.Reason = reason;
        row.Attempts = attempts;
        row.UpdatedAt = time.GetUtcNow();
    }
}

/// <summary>Members seen in one complete walk.</summary>
internal readonly record struct WalkCounts(int Members, int Guests, int Disabled);

/// <summary>Where a chat opened by installing is reached: the connector address and the tenant.</summary>
internal sealed record InstallTarget(string ServiceUrl, string? TenantId);
