using YamlDotNet.RepresentationModel;

namespace TeamsCompanion.Guidance.Packs;

internal sealed record PackItems(
    IReadOnlyList<GuidanceItem> Rules,
    IReadOnlyList<GuidanceItem> Tips,
    IReadOnlyList<AiTool> Tools,
    IReadOnlyList<IReadOnlyList<string>> Synonyms);

/// <summary>Reads the optional item files of a pack folder: rules, tips, tools and synonyms.</summary>
internal static class PackItemsReader
{
    public static readonly string[] TipTopics = ["prompts", "juridisch", "ethiek"];
    public static readonly string[] RuleTopics = ["algemeen", "privacy", "beveiliging", "transparantie", "verantwoording"];

    public static PackItems? Read(string folder, List<PackError> errors)
    {
        var before = errors.Count;
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var rules = ReadList(folder, "rules.yaml", "rules", errors, (r, n) => ReadItem(r, n, ItemKind.Rule, RuleTopics, ids));
        var tips = ReadList(folder, "tips.yaml", "tips", errors, (r, n) => ReadItem(r, n, ItemKind.Tip, TipTopics, ids));
        var tools = ReadList(folder, "tools.yaml", "tools", errors, (r, n) => ReadTool(r, n, ids));
        var synonyms = ReadList(folder, "synonyms.yaml", "synonyms", errors, ReadSynonymGroup);
        return errors.Count > before ? null : new PackItems(rules, tips, tools, synonyms);
    }

    private static List<T> ReadList<T>(string folder, string fileName, string key, List<PackError> errors, Func<YamlNodeReader, YamlNode, T?> readEntry)
        where T : class
    {
        var path = Path.Combine(folder, fileName);
        if (!File.Exists(path))
        {
            return [];
        }

        var root = YamlNodeReader.LoadRoot(path, path, errors);
        if (root is null)
        {
            return [];
        }

        var reader = new YamlNodeReader(path, errors);
        reader.CheckKeys(root, key);
        if (reader.Child(root, key, required: true) is not { } node)
        {
            return [];
        }

        if (node is not YamlSequenceNode list)
        {
            reader.Error(node, $"'{key}' must be a list of entries, each starting with '- '");
            return [];
        }

        return list.Select(entry => readEntry(reader, entry)).OfType<T>().ToList();
    }

    private static GuidanceItem? ReadItem(YamlNodeReader reader, YamlNode node, ItemKind kind, string[] topics, Dictionary<string, string> ids)
    {
        if (node is not YamlMappingNode map)
        {
            reader.Error(node, "each entry must have keys id, topic, title, text and source");
            return null;
        }

        reader.CheckKeys(map, "id", "topic", "title", "text", "source", "keywords");
        var id = ReadId(reader, map, ids);
        var topic = reader.String(map, "topic", required: true);
        if (topic is not null && !topics.Contains(topic, StringComparer.Ordinal))
        {
            reader.ErrorAt(map, "topic", $"topic '{topic}' is not one of: {string.Join(", ", topics)}");
            topic = null;
        }

        var title = reader.Text(map, "title", required: true);
        var text = reader.Text(map, "text", required: true);
        var source = reader.String(map, "source", required: true);
        var keywords = reader.Strings(map, "keywords");
        return id is null || topic is null || title is null || text is null || source is null
            ? null
            : new GuidanceItem(id, kind, topic, title, text, source, keywords);
    }

    private static AiTool? ReadTool(YamlNodeReader reader, YamlNode node, Dictionary<string, string> ids)
    {
        if (node is not YamlMappingNode map)
        {
            reader.Error(node, "each tool must have keys id, name, aliases, status, conditions and source");
            return null;
        }

        reader.CheckKeys(map, "id", "name", "aliases", "status", "conditions", "source");
        var id = ReadId(reader, map, ids);
        var name = reader.Text(map, "name", required: true);
        var aliases = reader.Strings(map, "aliases");
        if (aliases.Count == 0)
        {
            reader.Error(map, "'aliases' must list at least one word a user may type for this tool");
        }

        var statusText = reader.String(map, "status", required: true);
        ToolStatus? status = statusText switch
        {
            "approved" => ToolStatus.Approved,
            "conditional" => ToolStatus.Conditional,
            "forbidden" => ToolStatus.Forbidden,
            _ => null,
        };
        if (statusText is not null && status is null)
        {
            reader.ErrorAt(map, "status", $"status '{statusText}' is not one of: approved, conditional, forbidden");
        }

        var conditions = reader.Text(map, "conditions", required: true);
        var source = reader.String(map, "source", required: true);
        return id is null || name is null || aliases.Count == 0 || status is null || conditions is null || source is null
            ? null
            : new AiTool(id, name, aliases.Select(a => a.ToLowerInvariant()).ToList(), status.Value, conditions, source);
    }

    private static IReadOnlyList<string>? ReadSynonymGroup(YamlNodeReader reader, YamlNode node)
    {
        if (node is YamlSequenceNode group && group.Children.Count >= 2
            && group.All(w => w is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v)))
        {
            return group.Select(w => ((YamlScalarNode)w).Value!.Trim()).ToList();
        }

        reader.Error(node, "each synonym group must be a list of at least two words, like [privacy, avg]");
        return null;
    }

    private static string? ReadId(YamlNodeReader reader, YamlMappingNode map, Dictionary<string, string> ids)
    {
        var id = reader.String(map, "id", required: true);
        if (id is null)
        {
            return null;
        }

        if (!PackHeaderReader.IsValidId(id))
        {
            reader.ErrorAt(map, "id", $"id '{id}' must be lower-case letters, digits and dashes");
            return null;
        }

        var here = $"{Path.GetFileName(reader.File)}:{YamlNodeReader.LineOf(map)}";
        if (!ids.TryAdd(id, here))
        {
            reader.Error(map, $"id '{id}' is used twice; first at {ids[id]}");
            return null;
        }

        return id;
    }
}
