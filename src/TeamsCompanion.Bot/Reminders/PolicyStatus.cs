using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TeamsCompanion.Bot.Outbox;
using TeamsCompanion.Bot.Reminders.Installs;
using TeamsCompanion.Bot.Storage;

namespace TeamsCompanion.Bot.Reminders;

/// <summary>
/// How far the announcement of a version got. <c>Failed</c> is undeliverable plus dead-lettered;
/// <c>InDoubt</c> are those cut off mid-send by a crash (maybe delivered, not sent again on their own).
/// <c>Installs</c>: installing for <c>Reminders:InstallForGroupId</c>, null when that was off.
/// </summary>
public sealed record VersionStatus(
    int Version,
    string PackVersion,
    DateTimeOffset PublishedAt,
    string PublishedBy,
    bool Informational,
    int Recipients,
    int Sent,
    int Pending,
    int Failed,
    int Acknowledged,
    int Undeliverable,
    int DeadLetter,
    int RemindersSent,
    bool Cancelled,
    int InDoubt,
    InstallStatus? Installs = null);

/// <summary>Progress and the acknowledgement report per version, for the CLI and the admin API.</summary>
public sealed class PolicyStatus(IDbContextFactory<TeamsCompanionDbContext> contexts, OutboxSignal signal, TimeProvider time)
{
    public async Task<VersionStatus?> ForAsync(int? versionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var version = versionId is { } id
            ? await db.PolicyVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == id, cancellationToken)
            : await db.PolicyVersions.AsNoTracking().OrderByDescending(v => v.Id).FirstOrDefaultAsync(cancellationToken);
        if (version is null)
        {
            return null;
        }

        var notifications = await db.PolicyNotifications.AsNoTracking().Where(n => n.VersionId == version.Id).ToListAsync(cancellationToken);
        var first = notifications.Single(n => n.Round == 0).Id;
        var reminderIds = notifications.Where(n => n.Round > 0).Select(n => n.Id).ToList();
        var states = await db.Outbox.AsNoTracking()
            .Where(m => m.Kind == PolicyPublisher.NoticeKind && m.SubjectId == first)
            .GroupBy(m => m.State).Select(g => new { State = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.State, g => g.Count, cancellationToken);
        var reminders = reminderIds.Count == 0 ? 0 : await db.Outbox.CountAsync(
            m => m.Kind == PolicyPublisher.NoticeKind && reminderIds.Contains(m.SubjectId) && m.State == OutboxState.Sent, cancellationToken);
        var acknowledged = await db.Acknowledgements.CountAsync(a => a.VersionId == version.Id, cancellationToken);
        int Of(OutboxState state) => states.GetValueOrDefault(state);
        return new VersionStatus(
            version.Id,
            version.PackVersion,
            version.PublishedAt,
            version.PublishedBy,
            version.Informational,
            states.Values.Sum(),
            Of(OutboxState.Sent),
            Of(OutboxState.Pending),
            Of(OutboxState.Undeliverable) + Of(OutboxState.DeadLetter),
            acknowledged,
            Of(OutboxState.Undeliverable),
            Of(OutboxState.DeadLetter),
            reminders,
            notifications.Any(n => n.CancelledAt is not null),
            Of(OutboxState.InDoubt),
            await InstallStatus.ForAsync(db, first, cancellationToken));
    }

    public async Task<IReadOnlyList<PolicyVersion>> VersionsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.PolicyVersions.AsNoTracking().OrderBy(v => v.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Who acknowledged a version and when, as CSV (RFC 4180).</summary>
    public async Task<string?> AcknowledgementsCsvAsync(int versionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.PolicyVersions.AnyAsync(v => v.Id == versionId, cancellationToken))
        {
            return null;
        }

        var rows = await db.Acknowledgements.AsNoTracking().Where(a => a.VersionId == versionId).OrderBy(a => a.AcknowledgedAt).ToListAsync(cancellationToken);
        var csv = new StringBuilder("version,user,acknowledgedAt\r\n");
        foreach (var row in rows)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{row.VersionId},{Quote(row.UserKey)},{row.AcknowledgedAt.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}\r\n");
        }

        return csv.ToString();
    }

    /// <summary>Stops what has not been sent yet for a version; true when there was something to stop.</summary>
    public async Task<bool> CancelAsync(int versionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var notifications = await db.PolicyNotifications.Where(n => n.VersionId == versionId && n.CancelledAt == null).ToListAsync(cancellationToken);
        if (notifications.Count == 0)
        {
            return false;
        }

        notifications.ForEach(n => n.CancelledAt = now);
        var ids = notifications.Select(n => n.Id).ToList();
        await db.SaveChangesAsync(cancellationToken);
        await db.Outbox.Where(m => m.Kind == PolicyPublisher.NoticeKind && ids.Contains(m.SubjectId) && m.State == OutboxState.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.State, OutboxState.Skipped).SetProperty(m => m.CompletedAt, now), cancellationToken);
        signal.Notify();
        return true;
    }

    /// <summary>
    /// Sends the notices of a version that are in doubt once more, for an operator who prefers a
    /// possible duplicate to a possible gap; the number queued again.
    /// </summary>
    public async Task<int> ResendInDoubtAsync(int versionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var ids = await db.PolicyNotifications.Where(n => n.VersionId == versionId && n.CancelledAt == null).Select(n => n.Id).ToListAsync(cancellationToken);
        var queued = await db.Outbox.Where(m => m.Kind == PolicyPublisher.NoticeKind && ids.Contains(m.SubjectId) && m.State == OutboxState.InDoubt)
            .ExecuteUpdateAsync(
                u => u.SetProperty(m => m.State, OutboxState.Pending).SetProperty(m => m.NextAttemptAt, now).SetProperty(m => m.CompletedAt, (DateTimeOffset?)null),
                cancellationToken);
        signal.Notify();
        return queued;
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
