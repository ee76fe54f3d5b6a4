using Microsoft.EntityFrameworkCore;
using TeamsCompanion.Bot.Cards;
using TeamsCompanion.Bot.Chat;
using TeamsCompanion.Bot.Handoff;
using TeamsCompanion.Bot.Storage;
using TeamsCompanion.Guidance.Packs;
using TeamsCompanion.Protocol.Activities;

namespace TeamsCompanion.Bot.Reminders;

/// <summary>"Gelezen en begrepen": counted once per person per version, also for an older version.</summary>
public sealed class AcknowledgementService(IDbContextFactory<TeamsCompanionDbContext> contexts, TimeProvider time)
{
    public async Task<AdaptiveCard> AcknowledgeAsync(CardData data, Activity activity, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);

        // The thanks replace the card that was pressed, so they speak its language, whatever the
        // client's locale (a proactive card cannot know it and uses the stored choice or Dutch).
        language = data.Value("lang") switch
        {
            "nl" => Language.Nl,
            "en" => Language.En,
            _ => language,
        };
        var say = new Localization.Say(language);
        var userKey = UserLanguage.UserKey(activity);
        if (data.Number("version") is not { } number || number is < 1 or > int.MaxValue || userKey is null)
        {
            return HandoffCards.Done(say.T("Niet gelukt", "Did not work"), say.T("Deze knop hoort bij geen bekende versie.", "This button belongs to no known version."));
        }

        var version = (int)number;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.PolicyVersions.AnyAsync(v => v.Id == version, cancellationToken))
        {
            return HandoffCards.Done(say.T("Niet gevonden", "Not found"), say.T("Deze versie van de regels bestaat niet.", "This version of the rules does not exist."));
        }

        var now = time.GetUtcNow().UtcTicks;

        // A second press, or two at once, keeps one acknowledgement.
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO "Acknowledgements" ("VersionId", "UserKey", "AcknowledgedAt") VALUES ({version}, {userKey}, {now})
            ON CONFLICT ("VersionId", "UserKey") DO NOTHING
            """,
            cancellationToken);
        return ReminderCards.Acknowledged(version, language);
    }
}
