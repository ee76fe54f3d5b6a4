using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TeamsCompanion.Bot.Storage;
using TeamsCompanion.Guidance.Packs;
using TeamsCompanion.Guidance.Versions;

namespace TeamsCompanion.Bot.Reminders;

/// <summary>Published versions loaded once and kept: they never change.</summary>
public sealed class PublishedVersions(IDbContextFactory<TeamsCompanionDbContext> contexts)
{
    private readonly ConcurrentDictionary<int, Lazy<Task<(PolicyVersion Version, PolicyPack Pack)?>>> loaded = new();

    public async Task<(PolicyVersion Version, PolicyPack Pack)?> GetAsync(int id, CancellationToken cancellationToken)
    {
        var entry = loaded.GetOrAdd(id, key => new Lazy<Task<(PolicyVersion, PolicyPack)?>>(() => LoadAsync(key, CancellationToken.None)));
        try
        {
            return await entry.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (entry.Value.IsFaulted)
        {
            // A database outage must not stick: the next caller tries again.
            loaded.TryRemove(KeyValuePair.Create(id, entry));
            throw;
        }
    }

    public async Task<int?> NewestIdAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.PolicyVersions.OrderByDescending(v => v.Id).Select(v => (int?)v.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The diff from the version before; for the first publication, from <paramref name="beforeFirst"/>
    /// (the pack the bot served until then), or from nothing when that is not known.
    /// </summary>
    public async Task<PackDiff> DiffAsync(int id, PolicyPack? beforeFirst, CancellationToken cancellationToken)
    {
        var newer = await GetAsync(id, cancellationToken) ?? throw new InvalidOperationException($"Version {id} does not exist.");
        var older = id > 1 ? (await GetAsync(id - 1, cancellationToken))?.Pack : beforeFirst;
        return PackDiff.Between(older, newer.Pack);
    }

    private async Task<(PolicyVersion, PolicyPack)?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var version = await db.PolicyVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (version is null)
        {
            loaded.TryRemove(id, out _);
            return null;
        }

        var files = JsonSerializer.Deserialize<Dictionary<string, string>>(version.Files) ?? [];
        return (version, new PackFiles(files).Load(PolicyPackLoader.ShippedPackFolder));
    }
}
