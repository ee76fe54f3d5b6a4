using TeamsCompanion.DraftCheck;
using TeamsCompanion.Guidance.Packs;

namespace TeamsCompanion.Cli.Commands;

/// <summary>What every check of one run shares: audience, AI use, the pack's disclosure wording and the caps.</summary>
internal sealed record CheckSettings(DraftCheckOptions Options, bool English, long MaxFileBytes)
{
    public const string ValueOptions = "audience,ai-used,format,policy,lang,max-chars,max-bytes,jsonl,out,notes,by,version,connection-string";

    public static CheckSettings From(Arguments args)
    {
        var english = args.Choice("lang", Environment.GetEnvironmentVariable("LANG")?.StartsWith("en", StringComparison.Ordinal) == true,
            ("nl", false), ("en", true));
        var pack = LoadPack(args.Option("policy"));
        var language = english ? Language.En : Language.Nl;
        var options = new DraftCheckOptions
        {
            Audience = ParseAudience(args.Option("audience")) ?? Audience.Internal,
            AiUsed = ParseAiUsed(args.Option("ai-used")) ?? AiUsed.Unknown,
            DisclosureText = pack.Disclosure.Text.For(language),
            DisclosureIconNote = pack.Disclosure.IconNote?.For(language),
            MaxInputLength = (int)Math.Min(int.MaxValue, args.Number("max-chars", DraftCheckOptions.DefaultMaxInputLength)),
        };
        return new CheckSettings(options, english, args.Number("max-bytes", Documents.DocumentReader.DefaultMaxFileBytes));
    }

    public static Audience? ParseAudience(string? word) => word?.ToLowerInvariant() switch
    {
        null => null,
        "citizens" or "burgers" => Audience.Citizens,
        "internal" or "intern" => Audience.Internal,
        _ => throw new UsageException($"audience must be citizens or internal (got '{word}')"),
    };

    public static AiUsed? ParseAiUsed(string? word) => word?.ToLowerInvariant() switch
    {
        null => null,
        "yes" or "ja" => AiUsed.Yes,
        "no" or "nee" => AiUsed.No,
        "unknown" or "onbekend" => AiUsed.Unknown,
        _ => throw new UsageException($"ai-used must be yes, no or unknown (got '{word}')"),
    };

    // The organisation's pack gives the disclosure wording: --policy, else Policy__Path, else the shipped pack.
    private static PolicyPack LoadPack(string? folder)
    {
        var shipped = PolicyPackLoader.ShippedPackFolder;
        var chosen = folder ?? (Environment.GetEnvironmentVariable("Policy__Path") is { Length: > 0 } configured ? configured : shipped);
        return PolicyPackLoader.Load(chosen, shipped);
    }
}
