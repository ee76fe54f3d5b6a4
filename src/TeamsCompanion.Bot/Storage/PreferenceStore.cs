using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using TeamsCompanion.Guidance.Packs;

namespace TeamsCompanion.Bot.Storage;

/// <summary>
/// Each user's language choice. Every message and invoke asks for it, so answers are kept in memory
/// for a minute: short enough that another app instance picks up a change soon.
/// </summary>
public sealed class PreferenceStore(IDbContextFactory<TeamsCompanionDbContext> contexts, TimeProvider time, IMemoryCache cache)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);

    public async Task<Language?> GetLanguageAsync(string userKey, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(CacheKey(userKey), out Language? cached))
        {
            return cached;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var preference = await db.UserPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.UserKey == userKey, cancellationToken);
        Language? language = preference?.Language switch
        {
            "en" => Language.En,
            "nl" => Language.Nl,
            _ => null,
        };
        cache.Set(CacheKey(userKey), language, CacheFor);
        return language;
    }

    private static string CacheKey(string userKey) => "language:" + userKey;

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
        cache.Set<Language?>(CacheKey(userKey), language, CacheFor);
    }
}
