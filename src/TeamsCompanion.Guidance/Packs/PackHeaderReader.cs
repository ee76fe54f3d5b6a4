using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace TeamsCompanion.Guidance.Packs;

internal sealed record PackHeader(string Id, string Version, LocalizedText Organisation, LocalizedText Title, Disclosure Disclosure, SupportContact Support);

/// <summary>Reads <c>pack.yaml</c>; what an extending pack leaves out comes from its base.</summary>
internal static partial class PackHeaderReader
{
    public static PackHeader? Read(YamlNodeReader reader, YamlMappingNode root, PolicyPack? basePack)
    {
        var inherits = basePack is not null;
        var id = reader.String(root, "id", required: true);
        if (id is not null && !IdPattern().IsMatch(id))
        {
            reader.ErrorAt(root, "id", $"'id' must be lower-case letters, digits and dashes, like 'my-organisation' (found '{id}')");
        }

        var version = reader.String(root, "version", required: true);
        var organisation = reader.Text(root, "organisation", required: true);
        var title = reader.Text(root, "title", required: !inherits) ?? basePack?.Title;
        var disclosure = ReadDisclosure(reader, root, required: !inherits) ?? basePack?.Disclosure;
        var support = ReadSupport(reader, root, required: !inherits) ?? basePack?.Support;

        return id is null || version is null || organisation is null || title is null || disclosure is null || support is null
            ? null
            : new PackHeader(id, version, organisation, title, disclosure, support);
    }

    internal static bool IsValidId(string id) => IdPattern().IsMatch(id);

    private static Disclosure? ReadDisclosure(YamlNodeReader reader, YamlMappingNode root, bool required)
    {
        if (reader.Child(root, "disclosure", required) is not { } node)
        {
            return null;
        }

        if (node is not YamlMappingNode map)
        {
            reader.Error(node, "'disclosure' must have keys text, iconNote and source");
            return null;
        }

        reader.CheckKeys(map, "text", "iconNote", "source");
        var text = reader.Text(map, "text", required: true);
        var iconNote = reader.Text(map, "iconNote", required: false);
        var source = reader.String(map, "source", required: true);
        return text is null || source is null ? null : new Disclosure(text, iconNote, source);
    }

    private static SupportContact? ReadSupport(YamlNodeReader reader, YamlMappingNode root, bool required)
    {
        if (reader.Child(root, "support", required) is not { } node)
        {
            return null;
        }

        if (node is not YamlMappingNode map)
        {
            reader.Error(node, "'support' must have keys name, email, url, officeHours, responseTime and the routing keys " + string.Join(", ", SupportRoutingReader.Keys));
            return null;
        }

        reader.CheckKeys(map, ["name", "email", "url", "officeHours", "responseTime", .. SupportRoutingReader.Keys]);
        var name = reader.Text(map, "name", required: true);
        var email = reader.String(map, "email", required: false);
        if (email is not null && !EmailPattern().IsMatch(email))
        {
            reader.ErrorAt(map, "email", $"'email' is not an e-mail address: '{email}'");
        }

        var url = reader.String(map, "url", required: false);
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            reader.ErrorAt(map, "url", $"'url' must be a full web address starting with https://: '{url}'");
        }

        var officeHours = reader.Text(map, "officeHours", required: false);
        var responseTime = reader.Text(map, "responseTime", required: false);
        var routing = SupportRoutingReader.Read(reader, map);
        return name is null ? null : new SupportContact(name, email, url, officeHours, responseTime, routing);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
