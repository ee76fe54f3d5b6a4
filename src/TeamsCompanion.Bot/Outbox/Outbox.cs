using Microsoft.EntityFrameworkCore;
using TeamsCompanion.Bot.Storage;

namespace TeamsCompanion.Bot.Outbox;

/// <summary>Adds messages to the outbox inside the caller's unit of work, so they are saved with the change that causes them.</summary>
public static class OutboxWriter
{
    public static async Task EnqueueAsync(
        this TeamsCompanionDbContext db, string kind, long subjectId, string recipient, string idempotencyKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var known = db.Outbox.Local.Any(m => m.IdempotencyKey == idempotencyKey)
            || await db.Outbox.AnyAsync(m => m.IdempotencyKey == idempotencyKey, cancellationToken);
        if (known)
        {
            return;
        }

        db.Outbox.Add(new OutboxMessage
        {
            Kind = kind,
            SubjectId = subjectId,
            Recipient = recipient,
            IdempotencyKey = idempotencyKey,
            State = OutboxState.Pending,
            NextAttemptAt = now,
            CreatedAt = now,
        });
    }
}
