using Microsoft.EntityFrameworkCore;
using TeamsCompanion.Guidance.Packs;

namespace TeamsCompanion.Bot.Storage;

/// <summary>Each user's language choice.</summary>
public sealed class PreferenceStore(IDbContextFactory<TeamsCompanionDbContext> contexts, TimeProvider time)
{
    public async Task<Language?> GetLanguageAsync(string userKey, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var preference = await db.UserPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.UserKey == userKey, cancellationToken);
        return preference?.Language switch
        {
            "en" => Language.En,
            "nl" => Language.Nl,
            _ => null,
        };
    }

    public async Task SetLanguageAsync(string userKey, Language language, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var code = language == Language.En ? "en" : "nl";
        var now = time.GetUtcNow().UtcTicks;

        // One atomic upsert: two first choices at the same moment must not fail each other.
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO "UserPreferences" ("UserKey", "Language", "UpdatedAt") VALUES ({userKey}, {code}, {now})
            ON CONFLICT ("UserKey") DO UPDATE SET "Language" = {code}, "UpdatedAt" = {now}
            """,
            cancellationToken);
    }
}
