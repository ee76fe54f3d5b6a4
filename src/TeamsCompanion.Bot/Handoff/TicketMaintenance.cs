using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TeamsCompanion.Bot.Outbox;
using TeamsCompanion.Bot.Storage;

namespace TeamsCompanion.Bot.Handoff;

/// <summary>
/// Reminds contacts of tickets that wait longer than the pack allows (in working hours), passes
/// them to the fallback after a second period, and erases texts and identities after the
/// retention period, keeping only what counts.
/// </summary>
public sealed class TicketMaintenance(
    IDbContextFactory<TeamsCompanionDbContext> contexts,
    SupportRoutingProvider routing,
    OutboxSignal signal,
    TimeProvider time)
{
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var current = routing.Current;
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var waiting = await db.Tickets.Include(t => t.Cards)
            .Where(t => (t.State == TicketState.Open || t.State == TicketState.Assigned) && t.ErasedAt == null && (t.RemindedAt == null || t.EscalatedAt == null))
            .ToListAsync(cancellationToken);
        foreach (var ticket in waiting)
        {
            // A reopened or followed-up ticket waits from then, not from when it was first asked.
            var since = new[] { ticket.CreatedAt, ticket.ReopenedAt ?? default, ticket.AnsweredAt ?? default }.Max();
            var waited = current.Hours.Between(since, now);
            if (ticket.RemindedAt is null && waited >= current.AnswerWithin)
            {
                ticket.RemindedAt = now;
                foreach (var copy in ticket.Cards)
                {
                    await db.EnqueueAsync(TicketKinds.Reminder, ticket.Id, copy.Id.ToString(CultureInfo.InvariantCulture), $"ticket:{ticket.Id}:reminder:{copy.Id}", now, cancellationToken);
                }
            }

            if (ticket.EscalatedAt is null && waited >= current.AnswerWithin + current.EscalateAfter && current.Fallback is { } fallback)
            {
                ticket.EscalatedAt = now;
                await db.EnqueueAsync(TicketKinds.ToContact, ticket.Id, fallback, $"ticket:{ticket.Id}:contact:{fallback}", now, cancellationToken);
            }
        }

        await EraseExpiredAsync(db, now - TimeSpan.FromDays(current.RetentionDays), now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        // Finished outbox rows of anonymous reports go at once: their times must not outlive the report's day.
        await db.Outbox.Where(m => m.State != OutboxState.Pending && m.Kind.StartsWith("ticket.")
                && db.Tickets.Any(t => t.Id == m.SubjectId && t.Kind == TicketKind.AnonymousReport))
            .ExecuteDeleteAsync(cancellationToken);
        signal.Notify();
    }

    private static async Task EraseExpiredAsync(TeamsCompanionDbContext db, DateTimeOffset before, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var expired = await db.Tickets.Include(t => t.Messages).Include(t => t.Cards).AsSplitQuery()
            .Where(t => t.ErasedAt == null && t.CreatedAt < before)
            .ToListAsync(cancellationToken);
        foreach (var ticket in expired)
        {
            foreach (var message in ticket.Messages)
            {
                message.Text = null;
                message.AuthorName = null;
            }

            db.TicketCards.RemoveRange(ticket.Cards);
            ticket.RequesterAadObjectId = null;
            ticket.RequesterUserId = null;
            ticket.RequesterConversationId = null;
            ticket.ReferenceHash = null;
            ticket.AssigneeAadObjectId = null;
            ticket.AssigneeName = null;
            ticket.ErasedAt = now;
        }
    }
}

/// <summary>Runs <see cref="TicketMaintenance"/> every minute.</summary>
internal sealed partial class TicketMaintenanceService(TicketMaintenance maintenance, ILogger<TicketMaintenanceService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        do
        {
            try
            {
                await maintenance.RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ticket reminders and retention could not run ({Error}); trying again in a minute")]
    private static partial void LogFailed(ILogger logger, string error);
}
