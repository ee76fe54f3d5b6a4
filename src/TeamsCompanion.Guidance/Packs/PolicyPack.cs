namespace TeamsCompanion.Guidance.Packs;

public enum Language
{
    Nl,
    En,
}

/// <summary>A text in Dutch and English; every user-visible text of a pack has both.</summary>
public sealed record LocalizedText(string Nl, string En)
{
    public string For(Language language) => language == Language.En ? En : Nl;
}

public enum ItemKind
{
    Rule,
    Tip,
}

/// <summary>A usage rule or a tip, with the section of the guide (or the organisation's document) it comes from.</summary>
public sealed record GuidanceItem(
    string Id,
    ItemKind Kind,
    string Topic,
    LocalizedText Title,
    LocalizedText Text,
    string Source,
    IReadOnlyList<string> Keywords);

public enum ToolStatus
{
    Approved,
    Conditional,
    Forbidden,
}

public sealed record AiTool(
    string Id,
    LocalizedText Name,
    IReadOnlyList<string> Aliases,
    ToolStatus Status,
    LocalizedText Conditions,
    string Source);

public sealed record Disclosure(LocalizedText Text, LocalizedText? IconNote, string Source);

public sealed record SupportContact(
    LocalizedText Name,
    string? Email,
    string? Url,
    LocalizedText? OfficeHours,
    LocalizedText? ResponseTime,
    SupportRouting Routing);

/// <summary>An organisation's validated guidance: what the bot tells staff.</summary>
public sealed record PolicyPack(
    string Id,
    string Version,
    LocalizedText Organisation,
    LocalizedText Title,
    Disclosure Disclosure,
    SupportContact Support,
    IReadOnlyList<GuidanceItem> Rules,
    IReadOnlyList<GuidanceItem> Tips,
    IReadOnlyList<AiTool> Tools,
    IReadOnlyList<IReadOnlyList<string>> Synonyms)
{
    /// <summary>The title with the organisation's name (Handreiking §1.3).</summary>
    public string DisplayTitle(Language language) => $"{Title.For(language)} — {Organisation.For(language)}";

    public IEnumerable<GuidanceItem> Items => Rules.Concat(Tips);
}
