using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using TeamsCompanion.Bot.Cards;
using TeamsCompanion.Bot.Outbox;
using TeamsCompanion.Bot.Policy;
using TeamsCompanion.Bot.Storage;
using TeamsCompanion.Guidance.Packs;

namespace TeamsCompanion.Bot.Reminders;

/// <summary>The announcement or reminder of a version, to one personal chat. One card per round and language, built once.</summary>
public sealed class PolicyNoticeDelivery(
    IDbContextFactory<TeamsCompanionDbContext> contexts,
    ConversationStore conversations,
    PreferenceStore preferences,
    PublishedVersions versions,
    PolicyPackProvider packs) : IOutboxDelivery
{
    private readonly ConcurrentDictionary<(long Notification, Language Language), AdaptiveCard> cards = new();
    private readonly ConcurrentDictionary<long, PolicyNotification?> rounds = new();

    public string Kind => PolicyPublisher.NoticeKind;

    /// <summary>
    /// Never twice: a notice held in doubt still reaches its user with the next reminder round (the
    /// user has not acknowledged), and an operator can resend the held ones at once.
    /// </summary>
    public bool ResendWhenInDoubt => false;

    public async Task<OutboundMessage?> PrepareAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        // A round is read once, not once per recipient: cancelling marks its pending rows skipped,
        // and the sender takes only pending rows, so a cancelled round sends nothing more anyway.
        if (!rounds.TryGetValue(message.SubjectId, out var notification))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            notification = await db.PolicyNotifications.AsNoTracking().SingleOrDefaultAsync(n => n.Id == message.SubjectId, cancellationToken);
            rounds[message.SubjectId] = notification;
        }

        if (notification is null || notification.CancelledAt is not null)
        {
            return null;
        }

        var conversation = await conversations.FindAsync(message.Recipient, cancellationToken)
            ?? throw new RecipientUnreachableException("the conversation is no longer stored (the app was removed)");
        var userKey = conversation.UserAadObjectId ?? conversation.UserId;
        var language = userKey is null ? Language.Nl : await preferences.GetLanguageAsync(userKey, cancellationToken) ?? Language.Nl;
        var card = cards.TryGetValue((notification.Id, language), out var cached) ? cached : await BuildAsync(notification, language, cancellationToken);
        return new OutboundMessage(conversation.ServiceUrl, CardMessage.From(card, language), conversation.ConversationId);
    }

    public Task OnDeliveredAsync(TeamsCompanionDbContext db, OutboxMessage message, Delivered delivered, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task OnUndeliverableAsync(TeamsCompanionDbContext db, OutboxMessage message, string reason, CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<AdaptiveCard> BuildAsync(PolicyNotification notification, Language language, CancellationToken cancellationToken)
    {
        var (version, pack) = await versions.GetAsync(notification.VersionId, cancellationToken)
            ?? throw new InvalidOperationException($"Version {notification.VersionId} is missing.");
        // Version 1 is compared with the pack served before it (Policy:Path or the shipped pack), not with nothing.
        var diff = await versions.DiffAsync(version.Id, packs.FolderPack, cancellationToken);
        var card = ReminderCards.Notice(pack, version.Id, diff, version.ReleaseNotes, version.Informational, notification.Round, language);
        return cards.GetOrAdd((notification.Id, language), card);
    }
}
