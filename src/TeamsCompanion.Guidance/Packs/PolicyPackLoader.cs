using YamlDotNet.RepresentationModel;

namespace TeamsCompanion.Guidance.Packs;

/// <summary>
/// Loads and validates a policy pack folder (see policy/README.md). Either the whole pack is
/// valid, or <see cref="PackLoadException"/> lists every problem as <c>file:line: message</c>.
/// </summary>
public static class PolicyPackLoader
{
    public const string DefaultPackName = "default";

    /// <summary>The default pack shipped with a program (the bot, the CLI): copied next to it at build time.</summary>
    public static string ShippedPackFolder => Path.Combine(AppContext.BaseDirectory, "policy", DefaultPackName);
    private const int MaxExtendsDepth = 3;

    /// <param name="folder">The pack folder.</param>
    /// <param name="defaultPackFolder">The shipped default pack, for <c>extends: default</c>.</param>
    public static PolicyPack Load(string folder, string? defaultPackFolder = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var errors = new List<PackError>();
        var pack = LoadFolder(folder, defaultPackFolder, errors, depth: 0);
        if (errors.Count > 0 || pack is null)
        {
            throw new PackLoadException(errors.Count > 0 ? errors : [new PackError(folder, 1, "the pack could not be loaded")]);
        }

        return pack;
    }

    private static PolicyPack? LoadFolder(string folder, string? defaultPackFolder, List<PackError> errors, int depth)
    {
        var packFile = Path.Combine(folder, "pack.yaml");
        if (!Directory.Exists(folder))
        {
            errors.Add(new PackError(folder, 1, "the policy pack folder does not exist (setting Policy:Path)"));
            return null;
        }

        if (!File.Exists(packFile))
        {
            errors.Add(new PackError(packFile, 1, "pack.yaml is missing; every pack needs one"));
            return null;
        }

        var root = YamlNodeReader.LoadRoot(packFile, packFile, errors);
        if (root is null)
        {
            return null;
        }

        var reader = new YamlNodeReader(packFile, errors);
        reader.CheckKeys(root, "id", "version", "organisation", "title", "extends", "remove", "disclosure", "support");
        var basePack = LoadBase(reader, root, folder, defaultPackFolder, errors, depth);
        var header = PackHeaderReader.Read(reader, root, basePack);
        var items = PackItemsReader.Read(folder, errors);
        CheckFileNames(folder, errors);
        var removed = reader.Strings(root, "remove");
        CheckRemovals(reader, root, removed, basePack);

        if (header is null || items is null)
        {
            return null;
        }

        if (basePack is null && items.Rules.Count == 0 && items.Tips.Count == 0)
        {
            errors.Add(new PackError(packFile, 1, "the pack has no rules and no tips; add rules.yaml or tips.yaml, or 'extends: default'"));
            return null;
        }

        return Merge(header, items, basePack, removed);
    }

    private static PolicyPack? LoadBase(YamlNodeReader reader, YamlMappingNode root, string folder, string? defaultPackFolder, List<PackError> errors, int depth)
    {
        var extends = reader.String(root, "extends", required: false);
        if (extends is null)
        {
            return null;
        }

        if (depth >= MaxExtendsDepth)
        {
            reader.Error(root, $"'extends' goes more than {MaxExtendsDepth} packs deep; is there a loop?");
            return null;
        }

        var baseFolder = extends == DefaultPackName ? defaultPackFolder : Path.GetFullPath(Path.Combine(folder, extends));
        if (baseFolder is null)
        {
            reader.Error(root, "'extends: default' needs the shipped default pack, which was not given");
            return null;
        }

        return LoadFolder(baseFolder, defaultPackFolder, errors, depth + 1);
    }

    // A misnamed file (rules.yml, tip.yaml) would otherwise load as no rules at all, silently.
    private static void CheckFileNames(string folder, List<PackError> errors)
    {
        string[] known = ["pack.yaml", "rules.yaml", "tips.yaml", "tools.yaml", "synonyms.yaml"];
        foreach (var file in Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)))
        {
            if (!known.Contains(Path.GetFileName(file), StringComparer.Ordinal))
            {
                errors.Add(new PackError(file, 1, $"unknown file; a pack has only {string.Join(", ", known)}"));
            }
        }
    }

    private static void CheckRemovals(YamlNodeReader reader, YamlMappingNode root, IReadOnlyList<string> removed, PolicyPack? basePack)
    {
        if (removed.Count == 0)
        {
            return;
        }

        var known = basePack is null ? [] : basePack.Items.Select(i => i.Id).Concat(basePack.Tools.Select(t => t.Id)).ToHashSet(StringComparer.Ordinal);
        foreach (var id in removed.Where(id => !known.Contains(id)))
        {
            reader.ErrorAt(root, "remove", $"'remove' names '{id}', which is not an item of the pack this one extends");
        }
    }

    private static PolicyPack Merge(PackHeader header, PackItems items, PolicyPack? basePack, IReadOnlyList<string> removed) =>
        new(
            header.Id,
            header.Version,
            header.Organisation,
            header.Title,
            header.Disclosure,
            header.Support,
            MergeById(basePack?.Rules, items.Rules, removed, i => i.Id),
            MergeById(basePack?.Tips, items.Tips, removed, i => i.Id),
            MergeById(basePack?.Tools, items.Tools, removed, t => t.Id),
            [.. basePack?.Synonyms ?? [], .. items.Synonyms]);

    // The base's order is kept, so an organisation's replacement appears where the original stood.
    private static List<T> MergeById<T>(IReadOnlyList<T>? baseItems, IReadOnlyList<T> own, IReadOnlyList<string> removed, Func<T, string> id)
    {
        var ownById = own.ToDictionary(id, StringComparer.Ordinal);
        var merged = (baseItems ?? [])
            .Where(item => !removed.Contains(id(item), StringComparer.Ordinal))
            .Select(item => ownById.Remove(id(item), out var replacement) ? replacement : item)
            .ToList();
        merged.AddRange(own.Where(item => ownById.ContainsKey(id(item))));
        return merged;
    }
}
