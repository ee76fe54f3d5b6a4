using Microsoft.Extensions.Options;
using TeamsCompanion.Guidance.Packs;
using TeamsCompanion.Guidance.Search;

namespace TeamsCompanion.Bot.Policy;

/// <summary>A loaded pack with the search structures built from it, swapped as one.</summary>
public sealed record LoadedPack(PolicyPack Pack, GuidanceSearch Search, ToolLookup Tools, string Folder);

/// <summary>
/// Holds the current policy pack. The first load happens at start-up and stops the app when the
/// pack is broken; later reloads (on file changes) keep the last good pack when they fail.
/// </summary>
public sealed partial class PolicyPackProvider : IDisposable
{
    private readonly ILogger<PolicyPackProvider> logger;
    private readonly string folder;
    private readonly FileSystemWatcher? watcher;
    private readonly Timer debounce;
    private LoadedPack current;
    private PolicyPack folderPack;
    private volatile bool disposed;

    public PolicyPackProvider(IOptions<PolicyOptions> options, ILogger<PolicyPackProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.logger = logger;
        folder = string.IsNullOrWhiteSpace(options.Value.Path) ? PolicyOptions.ShippedDefaultPack : Path.GetFullPath(options.Value.Path);
        try
        {
            current = Load(folder);
            folderPack = current.Pack;
        }
        catch (PackLoadException e)
        {
            LogInvalidAtStart(logger, folder, string.Join(Environment.NewLine, e.Errors));
            throw;
        }

        LogLoaded(logger, current.Pack.Id, current.Pack.Version, folder);
        debounce = new Timer(_ => ReloadSafely(), null, Timeout.Infinite, Timeout.Infinite);
        if (options.Value.WatchForChanges)
        {
            watcher = new FileSystemWatcher(folder, "*.yaml") { NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size };
            watcher.Changed += (_, _) => ScheduleReload();
            watcher.Created += (_, _) => ScheduleReload();
            watcher.Deleted += (_, _) => ScheduleReload();
            watcher.Renamed += (_, _) => ScheduleReload();
            watcher.EnableRaisingEvents = true;
        }
    }

    public LoadedPack Current => Volatile.Read(ref current);

    public PolicyPack Pack => Current.Pack;

    /// <summary>
    /// The last good pack from <c>Policy:Path</c> (or the shipped pack), also once a published version
    /// is served: what staff saw before the first publication, so its announcement says what changed.
    /// </summary>
    public PolicyPack FolderPack => Volatile.Read(ref folderPack);

    /// <summary>The published version in use; null while the pack comes from <c>Policy:Path</c>.</summary>
    public int? PublishedVersion { get; private set; }

    /// <summary>Serves a published version: from now on the newest publication wins over the folder.</summary>
    public void UsePublished(int version, PolicyPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        Volatile.Write(ref current, new LoadedPack(pack, new GuidanceSearch(pack), new ToolLookup(pack.Tools), $"published version {version}"));
        PublishedVersion = version;
        LogLoaded(logger, pack.Id, pack.Version, $"published version {version}");
    }

    /// <summary>Loads the pack again; true when the new pack is in use, false when the last good pack was kept.</summary>
    public bool Reload()
    {
        if (PublishedVersion is not null)
        {
            // Once a version is published, the folder is a draft: only publishing changes what staff see.
            return false;
        }

        try
        {
            var loaded = Load(folder);
            Volatile.Write(ref current, loaded);
            Volatile.Write(ref folderPack, loaded.Pack);
            LogLoaded(logger, loaded.Pack.Id, loaded.Pack.Version, folder);
            return true;
        }
        catch (PackLoadException e)
        {
            LogReloadFailed(logger, folder, string.Join(Environment.NewLine, e.Errors));
            return false;
        }
    }

    public void Dispose()
    {
        disposed = true;
        watcher?.Dispose();
        debounce.Dispose();
    }

    // Runs on a timer thread: nothing may escape, or the process ends instead of keeping the last good pack.
    private void ReloadSafely()
    {
        try
        {
            Reload();
        }
        catch (Exception e)
        {
            LogReloadCrashed(logger, e, folder);
        }
    }

    private static LoadedPack Load(string folder)
    {
        var pack = PolicyPackLoader.Load(folder, PolicyOptions.ShippedDefaultPack);
        return new LoadedPack(pack, new GuidanceSearch(pack), new ToolLookup(pack.Tools), folder);
    }

    // Editors write a file in several steps; wait for quiet before loading.
    private void ScheduleReload()
    {
        if (disposed)
        {
            return;
        }

        try
        {
            debounce.Change(TimeSpan.FromMilliseconds(500), Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // A file event raced with shutdown.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Policy pack {PackId} version {Version} loaded from {Folder}")]
    private static partial void LogLoaded(ILogger logger, string packId, string version, string folder);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The policy pack in {Folder} is not valid; the app cannot start:\n{Errors}")]
    private static partial void LogInvalidAtStart(ILogger logger, string folder, string errors);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reloading the policy pack in {Folder} failed; the last good pack stays in use")]
    private static partial void LogReloadCrashed(ILogger logger, Exception exception, string folder);

    [LoggerMessage(Level = LogLevel.Error, Message = "The changed policy pack in {Folder} is not valid; the last good pack stays in use:\n{Errors}")]
    private static partial void LogReloadFailed(ILogger logger, string folder, string errors);
}
