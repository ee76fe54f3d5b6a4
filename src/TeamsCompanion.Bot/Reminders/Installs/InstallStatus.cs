using Microsoft.EntityFrameworkCore;
using TeamsCompanion.Bot.Storage;

namespace TeamsCompanion.Bot.Reminders.Installs;

/// <summary>
/// How far installing for <c>Reminders:InstallForGroupId</c> got for a version's announcement. Counts and reason
/// codes only. <see cref="Members"/>, <see cref="Guests"/> and <see cref="Disabled"/> are of the last complete walk.
/// </summary>
public sealed record InstallStatus(
    string GroupId,
    bool Complete,
    int Members,
    int Installed,
    int Failed,
    int Retrying,
    IReadOnlyDictionary<string, int> FailedReasons,
    int Guests,
    int Disabled,
    string? Problem)
{
    /// <summary>Null when the group was never walked for this announcement (the feature was off).</summary>
    internal static async Task<InstallStatus?> ForAsync(TeamsCompanionDbContext db, long notificationId, CancellationToken cancellationToken)
    {
        var run = await db.MemberInstallRuns.AsNoTracking().SingleOrDefaultAsync(r => r.NotificationId == notificationId, cancellationToken);
        if (run is null)
        {
            return null;
        }

        var outcomes = await db.MemberInstalls.AsNoTracking()
            .Where(i => i.NotificationId == notificationId)
            .GroupBy(i => new { i.Outcome, i.Reason })
            .Select(g => new { g.Key.Outcome, g.Key.Reason, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Of(MemberInstallOutcome outcome) => outcomes.Where(o => o.Outcome == outcome).Sum(o => o.Count);
        var reasons = outcomes.Where(o => o.Outcome == MemberInstallOutcome.Failed)
            .GroupBy(o => o.Reason ?? "unknown", StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(o => o.Count), StringComparer.Ordinal);
        return new InstallStatus(
            run.GroupId,
            run.CompletedAt is not null,
            run.Members,
            Of(MemberInstallOutcome.Installed),
            Of(MemberInstallOutcome.Failed),
            Of(MemberInstallOutcome.Retrying),
            reasons,
            run.Guests,
            run.Disabled,
            run.Problem);
    }
}
