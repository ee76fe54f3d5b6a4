using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TeamsCompanion.Bot.Outbox;
using TeamsCompanion.Bot.Storage;
using TeamsCompanion.Graph;

namespace TeamsCompanion.Bot.Reminders.Installs;

/// <summary>
/// With <c>Reminders:InstallForGroupId</c>: walks the group's members for the newest version's announcement.
/// A member with a chat but no message in the round gets one; a member without a chat gets the app installed
/// through Graph, the chat stored and the message queued. Each member's outcome is stored as it happens, so a
/// restart resumes where the walk was and nobody gets two. Graph's throttling pauses the walk until its Retry-After.
/// </summary>
internal sealed partial class MemberInstaller(
    IDbContextFactory<TeamsCompanionDbContext> contexts,
    ITeamsDirectory directory,
    MemberInstallStore store,
    InstallTargets targets,
    OutboxSignal signal,
    TimeProvider time,
    IOptions<RemindersOptions> options,
    ILogger<MemberInstaller> logger) : IDisposable
{
    /// <summary>How long a walk is this instance's; renewed while it runs, so a dead instance's walk is taken over.</summary>
    internal static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan RefusedPause = TimeSpan.FromMinutes(10);
    private const int CheckEvery = 100;

    private readonly string owner = $"{Environment.ProcessId}:{Guid.NewGuid():N}";
    private readonly SemaphoreSlim oneWalkAtATime = new(1, 1);

    /// <summary>One pass of the walk, if there is one to do; tests call it to step the walk.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        // Off by default: then Graph is never asked anything.
        if (!options.Value.InstallsEnabled)
        {
            return;
        }

        await oneWalkAtATime.WaitAsync(cancellationToken);
        try
        {
            var groupId = options.Value.InstallForGroupId!.Trim();
            if (await AnnouncementAsync(cancellationToken) is not { } round
                || !await store.ClaimAsync(round.Id, groupId, owner, Lease, cancellationToken))
            {
                return;
            }

            try
            {
                var (finished, next, problem) = await WalkAsync(round, groupId, cancellationToken);
                await store.ReleaseAsync(round.Id, owner, finished, next, problem);
            }
            catch (Exception e)
            {
                // Stopping, or the database went away: hand the walk back now instead of holding it for the lease.
                var stopping = e is OperationCanceledException && cancellationToken.IsCancellationRequested;
                await store.ReleaseAsync(round.Id, owner, null, time.GetUtcNow() + (stopping ? TimeSpan.Zero : Backoff(1)), stopping ? null : e.GetType().Name);
                throw;
            }
        }
        finally
        {
            oneWalkAtATime.Release();
        }
    }

    public void Dispose() => oneWalkAtATime.Dispose();

    /// <summary>The newest version's announcement, unless it was cancelled. Older versions are not walked: the newest is what people need to hear.</summary>
    private async Task<PolicyNotification?> AnnouncementAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var newest = await db.PolicyVersions.OrderByDescending(v => v.Id).Select(v => (int?)v.Id).FirstOrDefaultAsync(cancellationToken);
        return newest is null
            ? null
            : await db.PolicyNotifications.AsNoTracking().SingleOrDefaultAsync(n => n.VersionId == newest && n.Round == 0 && n.CancelledAt == null, cancellationToken);
    }

    private async Task<(WalkCounts? Finished, DateTimeOffset Next, string? Problem)> WalkAsync(PolicyNotification round, string groupId, CancellationToken cancellationToken)
    {
        var state = await store.LoadAsync(round.Id, cancellationToken);
        var target = await targets.ForNewChatsAsync(cancellationToken);
        var pace = new Pace(options.Value.InstallsPerSecond);
        var renewed = Stopwatch.StartNew();
        int members = 0, guests = 0, disabled = 0, installed = 0, failed = 0;
        try
        {
            await foreach (var member in directory.ListGroupUsersAsync(groupId, cancellationToken))
            {
                members++;

                // Like Company Communicator since v4.1.1: guests belong to another organisation, whose rules
                // these are not, and installing for them needs their home tenant's consent. A disabled account
                // cannot sign in to read it; installing would only fail.
                if (member.IsGuest)
                {
                    guests++;
                    continue;
                }

                if (member.IsDisabled)
                {
                    disabled++;
                    continue;
                }

                if (members % CheckEvery == 0 && !await store.StillWantedAsync(round, cancellationToken))
                {
                    return (null, time.GetUtcNow(), null);
                }

                if (renewed.Elapsed > Lease / 4)
                {
                    await store.RenewAsync(round.Id, owner, Lease, cancellationToken);
                    renewed.Restart();
                }

                var id = member.ObjectId;
                if (state.Reached.Contains(id))
                {
                    continue;
                }

                if (state.PersonalChats.TryGetValue(id, out var chat))
                {
                    // Opened the bot after the version was published: the publisher did not know them yet.
                    await store.EnqueueAsync(round.Id, id, chat, cancellationToken);
                    state.Reached.Add(id);
                    signal.Notify();
                    continue;
                }

                var attempts = state.Handled.TryGetValue(id, out var earlier) ? earlier.Attempts : 0;
                if (earlier is { Outcome: not MemberInstallOutcome.Retrying })
                {
                    // Installed before and the chat since removed (the person uninstalled the app), or refused: not again in this round.
                    continue;
                }

                await pace.WaitAsync(cancellationToken);
                var outcome = await InstallAsync(round.Id, id, attempts + 1, target, cancellationToken);
                if (outcome.Installed)
                {
                    installed++;
                    state.Reached.Add(id);
                }
                else if (outcome.Pause is null)
                {
                    failed++;
                }
                else
                {
                    LogPaused(logger, round.VersionId, outcome.Problem ?? string.Empty);
                    return (null, time.GetUtcNow() + outcome.Pause.Value, outcome.Problem);
                }
            }
        }
        catch (GraphAccessException e)
        {
            // The listing itself failed: nobody further can be found now. A refusal (no consent, no such group)
            // waits for an administrator; throttling and outages for their own time.
            var pause = e.RetryAfter ?? (InstallReasons.MayPass(e) ? Backoff(1) : RefusedPause);
            LogListingFailed(logger, round.VersionId, e.Reason);
            return (null, time.GetUtcNow() + pause, e.Reason);
        }

        LogWalked(logger, round.VersionId, members, installed, failed, guests, disabled);
        return (new WalkCounts(members, guests, disabled), time.GetUtcNow(), null);
    }

    private async Task<InstallOutcome> InstallAsync(long notificationId, string userObjectId, int attempt, InstallTarget target, CancellationToken cancellationToken)
    {
        string chatId;
        try
        {
            chatId = await directory.EnsureInstalledForUserAsync(userObjectId, cancellationToken);
        }
        catch (ArgumentException)
        {
            await store.RecordAsync(notificationId, userObjectId, MemberInstallOutcome.Failed, InstallReasons.InvalidId, attempt, cancellationToken);
            return InstallOutcome.Failed;
        }
        catch (GraphAccessException e) when (InstallReasons.MayPass(e) && attempt < options.Value.MaxInstallAttempts)
        {
            // Throttled or Graph unwell: the whole walk waits (Graph's limits are per app), then tries this member again.
            await store.RecordAsync(notificationId, userObjectId, MemberInstallOutcome.Retrying, InstallReasons.For(e), attempt, cancellationToken);
            return new InstallOutcome(false, e.RetryAfter ?? Backoff(attempt), e.Reason);
        }
        catch (GraphAccessException e)
        {
            await store.RecordAsync(notificationId, userObjectId, MemberInstallOutcome.Failed, InstallReasons.For(e), attempt, cancellationToken);
            return InstallOutcome.Failed;
        }

        await store.StoreInstalledAsync(notificationId, userObjectId, chatId, target, attempt, cancellationToken);
        signal.Notify();
        return InstallOutcome.Done;
    }

    // 30 s, 1 min, 2 min … up to 15 minutes.
    private static TimeSpan Backoff(int attempt) => TimeSpan.FromSeconds(Math.Min(900, 30 * Math.Pow(2, attempt - 1)));

    [LoggerMessage(Level = LogLevel.Information, Message = "Installing for the group, version {Version}: {Members} members, {Installed} installed now, {Failed} could not be installed, {Guests} guests and {Disabled} disabled accounts skipped")]
    private static partial void LogWalked(ILogger logger, int version, int members, int installed, int failed, int guests, int disabled);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Installing for the group, version {Version}: paused ({Problem})")]
    private static partial void LogPaused(ILogger logger, int version, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Installing for the group, version {Version}: the group's members could not be listed ({Problem}); trying again later")]
    private static partial void LogListingFailed(ILogger logger, int version, string problem);

    private sealed record InstallOutcome(bool Installed, TimeSpan? Pause, string? Problem)
    {
        public static readonly InstallOutcome Done = new(true, null, null);
        public static readonly InstallOutcome Failed = new(false, null, null);
    }

    /// <summary>Spaces installs at <c>Reminders:InstallsPerSecond</c>. Real time, like the outbox pacer.</summary>
    private sealed class Pace(double perSecond)
    {
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private TimeSpan next;

        public async Task WaitAsync(CancellationToken cancellationToken)
        {
            var now = clock.Elapsed;
            var start = now > next ? now : next;
            next = start + TimeSpan.FromSeconds(1 / perSecond);
            if (start > now)
            {
                await Task.Delay(start - now, cancellationToken);
            }
        }
    }
}

/// <summary>Runs <see cref="MemberInstaller"/> on <c>Reminders:VersionCheckInterval</c>.</summary>
internal sealed partial class MemberInstallService(MemberInstaller installer, IOptions<RemindersOptions> options, ILogger<MemberInstallService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.InstallsEnabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.VersionCheckInterval);
        do
        {
            try
            {
                await installer.RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Installing for the group failed ({Error}); trying again later")]
    private static partial void LogFailed(ILogger logger, string error);
}
