using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TeamsCompanion.Guidance.Packs;

/// <summary>Reads YAML nodes into values, recording every problem with its file and line.</summary>
internal sealed class YamlNodeReader(string file, List<PackError> errors)
{
    public const int MaxTextLength = 1000;

    public string File { get; } = file;

    public static YamlMappingNode? LoadRoot(string path, string displayPath, List<PackError> errors)
    {
        string content;
        try
        {
            content = System.IO.File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(new PackError(displayPath, 1, $"cannot read the file: {e.Message}"));
            return null;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(content));
            if (stream.Documents.Count == 0)
            {
                errors.Add(new PackError(displayPath, 1, "the file is empty"));
                return null;
            }

            if (stream.Documents[0].RootNode is YamlMappingNode root)
            {
                return root;
            }

            errors.Add(new PackError(displayPath, LineOf(stream.Documents[0].RootNode), "expected keys with values (a YAML mapping) at the top"));
            return null;
        }
        catch (YamlException e)
        {
            errors.Add(new PackError(displayPath, (int)e.Start.Line, $"not valid YAML: {FirstLine(e.Message)}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some unclosed brackets; find the line ourselves.
            errors.Add(new PackError(displayPath, LastReadableLine(content), "not valid YAML: a bracket or quote is not closed"));
            return null;
        }
    }

    private static int LastReadableLine(string content)
    {
        var scanner = new Scanner(new StringReader(content));
        var line = 1;
        try
        {
            while (scanner.MoveNext())
            {
                line = (int)scanner.Current!.End.Line;
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // The line reached before the scanner gave up is where the problem is.
        }

        return line;
    }

    public void Error(YamlNode node, string message) => errors.Add(new PackError(File, LineOf(node), message));

    /// <summary>An error about the value of <paramref name="key"/>, on that value's line.</summary>
    public void ErrorAt(YamlMappingNode map, string key, string message) =>
        Error(map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : map, message);

    public void CheckKeys(YamlMappingNode map, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name is null || !allowed.Contains(name, StringComparer.Ordinal))
            {
                Error(key, $"unknown key '{name}'; expected one of: {string.Join(", ", allowed)}");
            }
        }
    }

    public YamlNode? Child(YamlMappingNode map, string key, bool required)
    {
        if (map.Children.TryGetValue(new YamlScalarNode(key), out var node) && !IsNull(node))
        {
            return node;
        }

        if (required)
        {
            Error(map, $"'{key}' is missing");
        }

        return null;
    }

    public string? String(YamlMappingNode map, string key, bool required)
    {
        var node = Child(map, key, required);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlScalarNode { Value: { } value } || string.IsNullOrWhiteSpace(value))
        {
            Error(node, $"'{key}' must be a non-empty text");
            return null;
        }

        if (value.Length > MaxTextLength)
        {
            Error(node, $"'{key}' is longer than {MaxTextLength} characters");
        }

        return value.Trim();
    }

    public LocalizedText? Text(YamlMappingNode map, string key, bool required)
    {
        var node = Child(map, key, required);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMappingNode texts)
        {
            Error(node, $"'{key}' must have a Dutch and an English text: {{ nl: \"…\", en: \"…\" }}");
            return null;
        }

        CheckKeys(texts, "nl", "en");
        var nl = String(texts, "nl", required: true);
        var en = String(texts, "en", required: true);
        return nl is null || en is null ? null : new LocalizedText(nl, en);
    }

    public IReadOnlyList<string> Strings(YamlMappingNode map, string key)
    {
        var node = Child(map, key, required: false);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode list)
        {
            Error(node, $"'{key}' must be a list, like [a, b]");
            return [];
        }

        var values = new List<string>();
        foreach (var item in list)
        {
            if (item is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
            {
                values.Add(value.Trim());
            }
            else
            {
                Error(item, $"each entry of '{key}' must be a non-empty text");
            }
        }

        return values;
    }

    public static int LineOf(YamlNode node) => (int)node.Start.Line;

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Value: null or "" or "~" or "null", Style: ScalarStyle.Plain };

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
