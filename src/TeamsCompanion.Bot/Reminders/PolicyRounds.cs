using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TeamsCompanion.Bot.Outbox;
using TeamsCompanion.Bot.Policy;
using TeamsCompanion.Bot.Storage;

namespace TeamsCompanion.Bot.Reminders;

/// <summary>
/// Keeps the bot on the newest published version (also when another instance or the CLI
/// published it) and starts reminder rounds for those who did not acknowledge yet.
/// </summary>
public sealed partial class PolicyRounds(
    IDbContextFactory<TeamsCompanionDbContext> contexts,
    PublishedVersions versions,
    PolicyPackProvider packs,
    OutboxSignal signal,
    TimeProvider time,
    IOptions<RemindersOptions> options,
    ILogger<PolicyRounds> logger)
{
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        if (await versions.NewestIdAsync(cancellationToken) is not { } newest)
        {
            return;
        }

        if (packs.PublishedVersion != newest && await versions.GetAsync(newest, cancellationToken) is { } published)
        {
            packs.UsePublished(newest, published.Pack);
        }

        await RemindAsync(newest, cancellationToken);
    }

    private async Task RemindAsync(int versionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var version = await db.PolicyVersions.AsNoTracking().SingleAsync(v => v.Id == versionId, cancellationToken);
        var last = await db.PolicyNotifications.AsNoTracking().Where(n => n.VersionId == versionId).OrderByDescending(n => n.Round).FirstAsync(cancellationToken);
        var now = time.GetUtcNow();
        if (version.Informational || last.CancelledAt is not null || last.Round >= options.Value.MaxReminders
            || now - last.CreatedAt < TimeSpan.FromDays(options.Value.RemindAfterDays))
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var round = new PolicyNotification { VersionId = versionId, Round = last.Round + 1, CreatedAt = now };
        db.PolicyNotifications.Add(round);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance started this round a moment ago.
            return;
        }

        var recipients = await PolicyPublisher.EnqueueAsync(db, round, onlyUnacknowledged: true, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogRound(logger, versionId, round.Round, recipients);
        signal.Notify();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder round {Round} for version {Version}: {Recipients} people have not acknowledged yet")]
    private static partial void LogRound(ILogger logger, int version, int round, int recipients);
}

/// <summary>Runs <see cref="PolicyRounds"/> on the configured interval.</summary>
internal sealed partial class PolicyRoundsService(PolicyRounds rounds, IOptions<RemindersOptions> options, ILogger<PolicyRoundsService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.VersionCheckInterval);
        do
        {
            try
            {
                await rounds.RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking for a new policy version failed ({Error}); trying again later")]
    private static partial void LogFailed(ILogger logger, string error);
}
