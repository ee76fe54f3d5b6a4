using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TeamsCompanion.Bot.Outbox;
using TeamsCompanion.Bot.Storage;
using TeamsCompanion.Guidance.Packs;

namespace TeamsCompanion.Bot.Handoff;

/// <summary>Who asks: where to bring the answer. Ids only.</summary>
public sealed record Requester(string ServiceUrl, string? TenantId, string? AadObjectId, string? UserId, string? PersonalConversationId);

/// <summary>Who acts on a ticket card, and in which conversation the card is.</summary>
public sealed record Actor(string? AadObjectId, string? Name, string ConversationId);

public enum TicketOutcome
{
    Done,

    /// <summary>Someone changed the ticket since this card was shown; the current ticket is returned.</summary>
    Stale,
    NotFound,
    NotAllowed,
}

public sealed record TicketResult(TicketOutcome Outcome, Ticket? Ticket)
{
    public static TicketResult NotFound { get; } = new(TicketOutcome.NotFound, null);
}

/// <summary>
/// Tickets and their life: open → assigned → answered → closed (and reopened). Every change is
/// saved together with the outbox messages it causes; a card action for an older version of the
/// ticket changes nothing.
/// </summary>
public sealed class TicketService(
    IDbContextFactory<TeamsCompanionDbContext> contexts,
    SupportRoutingProvider routing,
    OutboxSignal signal,
    TimeProvider time)
{
    public const int MaxTextLength = 4000;

    public async Task<Ticket> AskAsync(Requester requester, string text, bool redacted, string requestKey, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requester);
        var ticket = new Ticket
        {
            Kind = TicketKind.Question,
            RequestKey = requestKey,
            Language = language.ToString().ToLowerInvariant(),
            ServiceUrl = requester.ServiceUrl,
            TenantId = requester.TenantId,
            RequesterAadObjectId = requester.AadObjectId,
            RequesterUserId = requester.UserId,
            RequesterConversationId = requester.PersonalConversationId,
            SentRedacted = redacted,
        };
        return await CreateAsync(ticket, text, time.GetUtcNow(), cancellationToken);
    }

    /// <summary>
    /// An anonymous report: no identity is taken in, and its time is kept to the day, so it cannot
    /// be matched with the moment somebody used the bot. Returns the reference code, shown once.
    /// </summary>
    public async Task<(Ticket Ticket, string? Code)> ReportAsync(string serviceUrl, string? tenantId, string text, bool redacted, string requestKey, Language language, CancellationToken cancellationToken)
    {
        var code = NewReferenceCode();
        var day = new DateTimeOffset(time.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        var ticket = new Ticket
        {
            Kind = TicketKind.AnonymousReport,
            RequestKey = Hash(requestKey),
            Language = language.ToString().ToLowerInvariant(),
            ServiceUrl = serviceUrl,
            TenantId = tenantId,
            ReferenceHash = Hash(NormaliseCode(code)),
            SentRedacted = redacted,
        };
        var saved = await CreateAsync(ticket, text, day, cancellationToken);

        // A second press of the same card finds the first report; its code was shown then.
        return (saved, saved.ReferenceHash == ticket.ReferenceHash ? code : null);
    }

    /// <summary>More information for an anonymous report, found by its reference code only.</summary>
    public async Task<TicketResult> AddToReportAsync(string code, string text, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var hash = Hash(NormaliseCode(code));
        var ticket = await Load(db).SingleOrDefaultAsync(t => t.ReferenceHash == hash && t.ErasedAt == null, cancellationToken);
        if (ticket is null)
        {
            return TicketResult.NotFound;
        }

        var day = new DateTimeOffset(time.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        ticket.Messages.Add(new TicketMessage { Author = TicketAuthor.Requester, Text = text, CreatedAt = day });
        if (ticket.State == TicketState.Closed)
        {
            ticket.State = ticket.AssigneeAadObjectId is null ? TicketState.Open : TicketState.Assigned;
            ticket.ReopenedAt = day;
        }

        return await SaveChangeAsync(db, ticket, actorConversation: null, notifyFollowUp: true, cancellationToken);
    }

    public async Task<TicketResult> AssignAsync(long id, int version, Actor actor, CancellationToken cancellationToken) =>
        await ContactActionAsync(id, version, actor, ticket =>
        {
            if (ticket.State is TicketState.Closed)
            {
                return false;
            }

            Assign(ticket, actor);
            return true;
        }, cancellationToken);

    public async Task<TicketResult> AnswerAsync(long id, int version, Actor actor, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await ContactActionAsync(id, version, actor, ticket =>
        {
            if (ticket.Kind == TicketKind.AnonymousReport || ticket.State is TicketState.Closed)
            {
                return false;
            }

            var now = time.GetUtcNow();
            if (ticket.AssigneeAadObjectId is null)
            {
                Assign(ticket, actor);
            }

            ticket.Messages.Add(new TicketMessage { Author = TicketAuthor.Contact, AuthorName = actor.Name, Text = text, CreatedAt = now });
            ticket.State = TicketState.Answered;
            ticket.AnsweredAt = now;
            return true;
        }, cancellationToken, notifyRequester: "answer");
    }

    public async Task<TicketResult> CloseAsync(long id, int version, Actor actor, CancellationToken cancellationToken) =>
        await ContactActionAsync(id, version, actor, ticket =>
        {
            if (ticket.State is TicketState.Closed)
            {
                return false;
            }

            ticket.State = TicketState.Closed;
            ticket.ClosedAt = time.GetUtcNow();
            return true;
        }, cancellationToken, notifyRequester: "closed");

    public async Task<TicketResult> ReopenAsync(long id, int version, Actor actor, CancellationToken cancellationToken) =>
        await ContactActionAsync(id, version, actor, ticket =>
        {
            if (ticket.State is not TicketState.Closed)
            {
                return false;
            }

            Reopen(ticket);
            return true;
        }, cancellationToken);

    /// <summary>The requester says the answer solved it; <paramref name="id"/> null means their latest answered question.</summary>
    public async Task<TicketResult> ResolveAsync(long? id, string? requesterAadObjectId, CancellationToken cancellationToken) =>
        await RequesterActionAsync(id, requesterAadObjectId, ticket =>
        {
            if (ticket.State is TicketState.Closed)
            {
                return false;
            }

            ticket.State = TicketState.Closed;
            ticket.ClosedAt = time.GetUtcNow();
            return true;
        }, notifyFollowUp: false, cancellationToken);

    public async Task<TicketResult> FollowUpAsync(long id, string? requesterAadObjectId, string text, CancellationToken cancellationToken) =>
        await RequesterActionAsync(id, requesterAadObjectId, ticket =>
        {
            ticket.Messages.Add(new TicketMessage { Author = TicketAuthor.Requester, Text = text, CreatedAt = time.GetUtcNow() });
            if (ticket.State == TicketState.Closed)
            {
                Reopen(ticket);
            }
            else
            {
                ticket.State = ticket.AssigneeAadObjectId is null ? TicketState.Open : TicketState.Assigned;
            }

            return true;
        }, notifyFollowUp: true, cancellationToken);

    public async Task<TicketResult> RateAsync(long id, string? requesterAadObjectId, int rating, CancellationToken cancellationToken) =>
        await RequesterActionAsync(id, requesterAadObjectId, ticket =>
        {
            ticket.Rating = Math.Clamp(rating, 1, 5);
            return true;
        }, notifyFollowUp: false, cancellationToken);

    public async Task<Ticket?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Load(db).AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
    }

    internal static IQueryable<Ticket> Load(TeamsCompanionDbContext db) =>
        db.Tickets.Include(t => t.Messages.OrderBy(m => m.Id)).Include(t => t.Cards).AsSplitQuery();

    /// <summary>The recipients of a new ticket: the support channel and each contact.</summary>
    internal IEnumerable<string> Recipients()
    {
        var current = routing.Current;
        if (current.ChannelId is { } channel)
        {
            yield return channel;
        }

        foreach (var contact in current.Contacts.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            yield return contact;
        }
    }

    internal static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    private async Task<Ticket> CreateAsync(Ticket ticket, string text, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ticket.State = TicketState.Open;
        ticket.Version = 1;
        ticket.CreatedAt = now;
        ticket.Messages.Add(new TicketMessage { Author = TicketAuthor.Requester, Text = text, CreatedAt = now });
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await Load(db).AsNoTracking().SingleOrDefaultAsync(t => t.RequestKey == ticket.RequestKey, cancellationToken) is { } existing)
        {
            return existing;
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.Tickets.Add(ticket);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same card pressed twice at once: the other press made the ticket.
                await transaction.RollbackAsync(cancellationToken);
                await using var again = await contexts.CreateDbContextAsync(cancellationToken);
                return await Load(again).AsNoTracking().SingleAsync(t => t.RequestKey == ticket.RequestKey, cancellationToken);
            }

            foreach (var recipient in Recipients())
            {
                await db.EnqueueAsync(TicketKinds.ToContact, ticket.Id, recipient, $"ticket:{ticket.Id}:contact:{recipient}", time.GetUtcNow(), cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        signal.Notify();
        return ticket;
    }

    private async Task<TicketResult> ContactActionAsync(long id, int version, Actor actor, Func<Ticket, bool> change, CancellationToken cancellationToken, string? notifyRequester = null)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ticket = await Load(db).SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (ticket is null || ticket.ErasedAt is not null)
        {
            return TicketResult.NotFound;
        }

        // Only where the ticket card was posted: a contact's own chat, or the support channel.
        if (!ticket.Cards.Any(c => c.ConversationId == actor.ConversationId))
        {
            return new TicketResult(TicketOutcome.NotAllowed, ticket);
        }

        if (ticket.Version != version || !change(ticket))
        {
            return new TicketResult(TicketOutcome.Stale, ticket);
        }

        var result = await SaveChangeAsync(db, ticket, actor.ConversationId, notifyFollowUp: false, cancellationToken, notifyRequester);
        return result;
    }

    private async Task<TicketResult> RequesterActionAsync(long? id, string? requesterAadObjectId, Func<Ticket, bool> change, bool notifyFollowUp, CancellationToken cancellationToken)
    {
        if (requesterAadObjectId is null)
        {
            return TicketResult.NotFound;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = Load(db).Where(t => t.RequesterAadObjectId == requesterAadObjectId && t.ErasedAt == null);
        var ticket = id is { } known
            ? await query.SingleOrDefaultAsync(t => t.Id == known, cancellationToken)
            : await query.Where(t => t.State == TicketState.Answered).OrderByDescending(t => t.Id).FirstOrDefaultAsync(cancellationToken);
        if (ticket is null)
        {
            return TicketResult.NotFound;
        }

        return change(ticket)
            ? await SaveChangeAsync(db, ticket, actorConversation: null, notifyFollowUp, cancellationToken)
            : new TicketResult(TicketOutcome.Stale, ticket);
    }

    private async Task<TicketResult> SaveChangeAsync(
        TeamsCompanionDbContext db, Ticket ticket, string? actorConversation, bool notifyFollowUp, CancellationToken cancellationToken, string? notifyRequester = null)
    {
        ticket.Version++;
        var now = time.GetUtcNow();
        foreach (var copy in ticket.Cards.Where(c => c.ConversationId != actorConversation))
        {
            await db.EnqueueAsync(TicketKinds.Refresh, ticket.Id, copy.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"ticket:{ticket.Id}:refresh:{copy.Id}:v{ticket.Version}", now, cancellationToken);
            if (notifyFollowUp)
            {
                await db.EnqueueAsync(TicketKinds.FollowUp, ticket.Id, copy.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"ticket:{ticket.Id}:followup:{copy.Id}:v{ticket.Version}", now, cancellationToken);
            }
        }

        if (notifyRequester is not null && ticket.Kind == TicketKind.Question)
        {
            await db.EnqueueAsync(TicketKinds.ToRequester, ticket.Id, notifyRequester, $"ticket:{ticket.Id}:{notifyRequester}:v{ticket.Version}", now, cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
            return new TicketResult(TicketOutcome.Stale, await Load(fresh).AsNoTracking().SingleAsync(t => t.Id == ticket.Id, cancellationToken));
        }

        signal.Notify();
        return new TicketResult(TicketOutcome.Done, ticket);
    }

    private void Assign(Ticket ticket, Actor actor)
    {
        ticket.State = TicketState.Assigned;
        ticket.AssigneeAadObjectId = actor.AadObjectId;
        ticket.AssigneeName = actor.Name;
        ticket.AssignedAt = time.GetUtcNow();
    }

    private void Reopen(Ticket ticket)
    {
        ticket.State = ticket.AssigneeAadObjectId is null ? TicketState.Open : TicketState.Assigned;
        ticket.ReopenedAt = time.GetUtcNow();
        ticket.ClosedAt = null;
    }

    // 10 characters from a 32-letter alphabet without look-alikes: 50 bits, shown as XXXXX-XXXXX.
    private static string NewReferenceCode()
    {
        const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        Span<char> code = stackalloc char[11];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = i == 5 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(code);
    }

    internal static string NormaliseCode(string code) =>
        new([.. code.ToUpperInvariant().Where(char.IsLetterOrDigit)]);
}

/// <summary>The outbox kinds of the hand-over.</summary>
public static class TicketKinds
{
    public const string ToContact = "ticket.contact";
    public const string Refresh = "ticket.refresh";
    public const string FollowUp = "ticket.followup";
    public const string Reminder = "ticket.reminder";
    public const string ToRequester = "ticket.requester";
}
