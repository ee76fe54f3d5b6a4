using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TeamsCompanion.Bot.Cards;
using TeamsCompanion.Bot.Outbox;
using TeamsCompanion.Bot.Policy;
using TeamsCompanion.Bot.Storage;
using TeamsCompanion.Guidance.Packs;
using TeamsCompanion.Protocol.Activities;
using TeamsCompanion.Protocol.Connector;

namespace TeamsCompanion.Bot.Handoff;

/// <summary>Shared by the hand-over's deliveries: the ticket, the languages and the contact's chat.</summary>
public sealed class TicketDeliveryContext(
    IDbContextFactory<TeamsCompanionDbContext> contexts,
    ConversationStore conversations,
    PreferenceStore preferences,
    IContactDirectory directory,
    PolicyPackProvider packs,
    SupportRoutingProvider routing,
    TimeProvider time)
{
    public PolicyPack Pack => packs.Pack;

    public SupportRoutingProvider Routing => routing;

    public TimeProvider Time => time;

    public async Task<Ticket?> TicketAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await TicketService.Load(db).AsNoTracking().SingleOrDefaultAsync(t => t.Id == id && t.ErasedAt == null, cancellationToken);
    }

    public async Task<(Ticket Ticket, TicketCardCopy Copy)?> CopyAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var ticket = await TicketAsync(message.SubjectId, cancellationToken);
        var copyId = long.Parse(message.Recipient, CultureInfo.InvariantCulture);
        return ticket?.Cards.FirstOrDefault(c => c.Id == copyId) is { } copy ? (ticket, copy) : null;
    }

    /// <summary>Contacts read in their chosen language, Dutch when they never chose.</summary>
    public async Task<Language> LanguageOfAsync(string? aadObjectId, CancellationToken cancellationToken) =>
        aadObjectId is null ? Language.Nl : await preferences.GetLanguageAsync(aadObjectId, cancellationToken) ?? Language.Nl;

    public static Language LanguageOf(Ticket ticket) => ticket.Language == "en" ? Language.En : Language.Nl;

    /// <summary>Where to reach a contact: their stored chat with the bot, or one opened through Graph.</summary>
    public async Task<(string ServiceUrl, string ConversationId, string ObjectId)> ContactChatAsync(string contact, string serviceUrl, CancellationToken cancellationToken)
    {
        var objectId = Guid.TryParse(contact, out _)
            ? contact
            : await directory.ResolveObjectIdAsync(contact, cancellationToken)
                ?? throw new RecipientUnreachableException("the contact does not exist in the directory");
        if (await conversations.FindPersonalAsync(objectId, cancellationToken) is { } known)
        {
            return (known.ServiceUrl, known.ConversationId, objectId);
        }

        return (serviceUrl, await directory.OpenPersonalChatAsync(objectId, cancellationToken), objectId);
    }

    /// <summary>The asker's personal chat: stored, found by their object id, or a new one.</summary>
    public async Task<(string ServiceUrl, string? ConversationId)> RequesterChatAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        if (ticket.RequesterConversationId is { } stored)
        {
            return (ticket.ServiceUrl, stored);
        }

        if (ticket.RequesterAadObjectId is { } aad && await conversations.FindPersonalAsync(aad, cancellationToken) is { } known)
        {
            return (known.ServiceUrl, known.ConversationId);
        }

        return (ticket.ServiceUrl, null);
    }
}

/// <summary>A new ticket card to a contact's chat or, as a new thread, to the support channel.</summary>
public sealed class TicketToContactDelivery(TicketDeliveryContext context) : IOutboxDelivery
{
    public string Kind => TicketKinds.ToContact;

    public async Task<OutboundMessage?> PrepareAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (await context.TicketAsync(message.SubjectId, cancellationToken) is not { State: not TicketState.Closed } ticket)
        {
            return null;
        }

        var zone = context.Routing.Current.Hours.TimeZone;
        if (SupportIds.IsChannel(message.Recipient))
        {
            var channelCard = CardMessage.From(TicketCards.ForContact(ticket, Language.Nl, zone), Language.Nl);
            return new OutboundMessage(ticket.ServiceUrl, channelCard, NewConversation: new ConversationParameters
            {
                IsGroup = true,
                TenantId = ticket.TenantId,
                Activity = channelCard,
                ChannelData = JsonSerializer.SerializeToElement(new { channel = new { id = message.Recipient }, tenant = new { id = ticket.TenantId } }),
            });
        }

        var (serviceUrl, conversationId, objectId) = await context.ContactChatAsync(message.Recipient, ticket.ServiceUrl, cancellationToken);
        var language = await context.LanguageOfAsync(objectId, cancellationToken);
        return new OutboundMessage(serviceUrl, CardMessage.From(TicketCards.ForContact(ticket, language, zone), language), conversationId);
    }

    public Task OnDeliveredAsync(TeamsCompanionDbContext db, OutboxMessage message, Delivered delivered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(delivered);
        db.TicketCards.Add(new TicketCardCopy
        {
            TicketId = message.SubjectId,
            Recipient = message.Recipient,
            ServiceUrl = delivered.ServiceUrl,
            ConversationId = delivered.ConversationId,
            ActivityId = delivered.ActivityId ?? string.Empty,
        });
        return Task.CompletedTask;
    }

    /// <summary>When no contact can be reached, the ticket goes to the fallback and the asker hears so.</summary>
    public async Task OnUndeliverableAsync(TeamsCompanionDbContext db, OutboxMessage message, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(message);
        var ticketId = message.SubjectId;
        var reached = await db.TicketCards.AnyAsync(c => c.TicketId == ticketId, cancellationToken)
            || await db.Outbox.AnyAsync(m => m.Kind == Kind && m.SubjectId == ticketId && m.Id != message.Id && m.State == OutboxState.Pending, cancellationToken);
        if (reached)
        {
            return;
        }

        var now = context.Time.GetUtcNow();
        var fallback = context.Routing.Current.Fallback;
        if (fallback is not null && !string.Equals(fallback, message.Recipient, StringComparison.OrdinalIgnoreCase))
        {
            await db.EnqueueAsync(Kind, ticketId, fallback, $"ticket:{ticketId}:contact:{fallback}", now, cancellationToken);
            await db.EnqueueAsync(TicketKinds.ToRequester, ticketId, "rerouted", $"ticket:{ticketId}:rerouted", now, cancellationToken);
        }
        else
        {
            await db.EnqueueAsync(TicketKinds.ToRequester, ticketId, "unreachable", $"ticket:{ticketId}:unreachable", now, cancellationToken);
        }
    }
}

/// <summary>Updates a posted ticket card in place after the ticket changed.</summary>
public sealed class TicketRefreshDelivery(TicketDeliveryContext context) : IOutboxDelivery
{
    public string Kind => TicketKinds.Refresh;

    public async Task<OutboundMessage?> PrepareAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (await context.CopyAsync(message, cancellationToken) is not var (ticket, copy) || copy.ActivityId.Length == 0)
        {
            return null;
        }

        var language = SupportIds.IsChannel(copy.Recipient) ? Language.Nl : await context.LanguageOfAsync(Guid.TryParse(copy.Recipient, out _) ? copy.Recipient : null, cancellationToken);
        var card = CardMessage.From(TicketCards.ForContact(ticket, language, context.Routing.Current.Hours.TimeZone), language);
        return new OutboundMessage(copy.ServiceUrl, card, copy.ConversationId, UpdateActivityId: copy.ActivityId);
    }

    public Task OnDeliveredAsync(TeamsCompanionDbContext db, OutboxMessage message, Delivered delivered, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task OnUndeliverableAsync(TeamsCompanionDbContext db, OutboxMessage message, string reason, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>A nudge next to a posted ticket card: a follow-up arrived, or the ticket waits too long.</summary>
public sealed class TicketNoticeDelivery(TicketDeliveryContext context, string kind) : IOutboxDelivery
{
    public string Kind => kind;

    public async Task<OutboundMessage?> PrepareAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (await context.CopyAsync(message, cancellationToken) is not var (ticket, copy) || ticket.State is TicketState.Closed)
        {
            return null;
        }

        var card = TicketCards.Notice(ticket, Language.Nl, reminder: kind == TicketKinds.Reminder);
        return new OutboundMessage(copy.ServiceUrl, CardMessage.From(card, Language.Nl), copy.ConversationId);
    }

    public Task OnDeliveredAsync(TeamsCompanionDbContext db, OutboxMessage message, Delivered delivered, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task OnUndeliverableAsync(TeamsCompanionDbContext db, OutboxMessage message, string reason, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>The answer, or a notice, to the asker's personal chat.</summary>
public sealed class TicketToRequesterDelivery(TicketDeliveryContext context) : IOutboxDelivery
{
    public string Kind => TicketKinds.ToRequester;

    public async Task<OutboundMessage?> PrepareAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (await context.TicketAsync(message.SubjectId, cancellationToken) is not { Kind: TicketKind.Question } ticket)
        {
            return null;
        }

        var language = TicketDeliveryContext.LanguageOf(ticket);
        var card = message.Recipient == "answer" ? HandoffCards.Answer(language, ticket) : HandoffCards.Notice(context.Pack, language, ticket, message.Recipient);
        var activity = CardMessage.From(card, language);
        var (serviceUrl, conversationId) = await context.RequesterChatAsync(ticket, cancellationToken);
        if (conversationId is not null)
        {
            return new OutboundMessage(serviceUrl, activity, conversationId);
        }

        if (ticket.RequesterUserId is null)
        {
            throw new RecipientUnreachableException("the asker has no chat with the bot");
        }

        return new OutboundMessage(serviceUrl, activity, NewConversation: new ConversationParameters
        {
            IsGroup = false,
            TenantId = ticket.TenantId,
            Members = [new ChannelAccount { Id = ticket.RequesterUserId }],
            Activity = activity,
            ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = ticket.TenantId } }),
        });
    }

    public Task OnDeliveredAsync(TeamsCompanionDbContext db, OutboxMessage message, Delivered delivered, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task OnUndeliverableAsync(TeamsCompanionDbContext db, OutboxMessage message, string reason, CancellationToken cancellationToken) => Task.CompletedTask;
}
