using TeamsCompanion.Guidance.Packs;

namespace TeamsCompanion.Guidance.Versions;

public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}

public enum ChangedPart
{
    Rule,
    Tip,
    Tool,
    Disclosure,
    Support,
}

/// <summary>One difference between two versions of a pack, with the title in the newer version (or the older for a removal).</summary>
public sealed record PackChange(ChangeKind Kind, ChangedPart Part, string Id, LocalizedText Title, string? Detail = null);

/// <summary>What changed between two versions of a policy pack: rules, tips and tools added, removed or changed.</summary>
public sealed record PackDiff(IReadOnlyList<PackChange> Changes)
{
    public bool IsEmpty => Changes.Count == 0;

    public static PackDiff Between(PolicyPack? older, PolicyPack newer)
    {
        ArgumentNullException.ThrowIfNull(newer);
        var changes = new List<PackChange>();
        Items(changes, ChangedPart.Rule, older?.Rules ?? [], newer.Rules);
        Items(changes, ChangedPart.Tip, older?.Tips ?? [], newer.Tips);
        Tools(changes, older?.Tools ?? [], newer.Tools);
        if (older is not null && older.Disclosure.Text != newer.Disclosure.Text)
        {
            changes.Add(new PackChange(ChangeKind.Changed, ChangedPart.Disclosure, "disclosure", newer.Disclosure.Text));
        }

        if (older is not null && (older.Support.Name != newer.Support.Name || older.Support.Email != newer.Support.Email))
        {
            changes.Add(new PackChange(ChangeKind.Changed, ChangedPart.Support, "support", newer.Support.Name));
        }

        return new PackDiff(changes);
    }

    private static void Items(List<PackChange> changes, ChangedPart part, IReadOnlyList<GuidanceItem> older, IReadOnlyList<GuidanceItem> newer)
    {
        var before = older.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var after = newer.ToDictionary(i => i.Id, StringComparer.Ordinal);
        foreach (var item in newer)
        {
            if (!before.TryGetValue(item.Id, out var old))
            {
                changes.Add(new PackChange(ChangeKind.Added, part, item.Id, item.Title));
            }
            else if (old.Title != item.Title || old.Text != item.Text || old.Topic != item.Topic || old.Source != item.Source)
            {
                changes.Add(new PackChange(ChangeKind.Changed, part, item.Id, item.Title));
            }
        }

        changes.AddRange(older.Where(i => !after.ContainsKey(i.Id)).Select(i => new PackChange(ChangeKind.Removed, part, i.Id, i.Title)));
    }

    private static void Tools(List<PackChange> changes, IReadOnlyList<AiTool> older, IReadOnlyList<AiTool> newer)
    {
        var before = older.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var after = newer.ToDictionary(t => t.Id, StringComparer.Ordinal);
        foreach (var tool in newer)
        {
            if (!before.TryGetValue(tool.Id, out var old))
            {
                changes.Add(new PackChange(ChangeKind.Added, ChangedPart.Tool, tool.Id, tool.Name, tool.Status.ToString()));
            }
            else if (old.Status != tool.Status || old.Conditions != tool.Conditions || old.Name != tool.Name)
            {
                var detail = old.Status != tool.Status ? $"{old.Status}→{tool.Status}" : null;
                changes.Add(new PackChange(ChangeKind.Changed, ChangedPart.Tool, tool.Id, tool.Name, detail));
            }
        }

        changes.AddRange(older.Where(t => !after.ContainsKey(t.Id)).Select(t => new PackChange(ChangeKind.Removed, ChangedPart.Tool, t.Id, t.Name)));
    }
}
