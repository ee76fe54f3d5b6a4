using System.Text.RegularExpressions;
using TeamsCompanion.Bot.Cards;
using TeamsCompanion.Guidance.Packs;

namespace TeamsCompanion.Bot.Chat;

public enum ChatCommandKind
{
    Help,
    Tips,
    Rules,
    Tools,
    Language,
    Question,
}

/// <summary>What the user asked for. <see cref="Text"/> is kept in memory for this turn only.</summary>
public sealed record ChatCommand(ChatCommandKind Kind, string? Topic = null, Language? Language = null, string? Text = null);

/// <summary>Reads the chat commands, Dutch and English; everything else is a question.</summary>
public static partial class ChatCommandParser
{
    private static readonly HashSet<string> Greetings = new(StringComparer.Ordinal)
    {
        "hoi", "hallo", "hi", "hello", "hey", "hee", "goedemorgen", "goedemiddag", "goedenavond", "dag", "start", "menu", "?",
    };

    public static ChatCommand Parse(string? text)
    {
        var cleaned = Trailing().Replace((text ?? string.Empty).Trim(), string.Empty);
        var words = cleaned.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || (words.Length == 1 && Greetings.Contains(words[0])))
        {
            return new ChatCommand(ChatCommandKind.Help);
        }

        var rest = words.Skip(1).ToArray();
        return words[0] switch
        {
            "help" or "hulp" when rest.Length == 0 => new ChatCommand(ChatCommandKind.Help),
            "tips" or "tip" when rest.Length == 0 => new ChatCommand(ChatCommandKind.Tips),
            "tips" or "tip" when rest.Length == 1 && Topics.TipTopic(rest[0]) is { } topic => new ChatCommand(ChatCommandKind.Tips, Topic: topic),
            "regels" or "regel" or "rules" or "rule" when rest.Length == 0 => new ChatCommand(ChatCommandKind.Rules),
            "tools" or "tool" or "hulpmiddelen" when rest.Length == 0 => new ChatCommand(ChatCommandKind.Tools),
            "taal" or "language" or "lang" when rest.Length <= 1 => new ChatCommand(ChatCommandKind.Language, Language: rest.Length == 0 ? null : LanguageOf(rest[0])),
            "nederlands" or "dutch" when rest.Length == 0 => new ChatCommand(ChatCommandKind.Language, Language: Language.Nl),
            "english" or "engels" when rest.Length == 0 => new ChatCommand(ChatCommandKind.Language, Language: Language.En),
            _ => new ChatCommand(ChatCommandKind.Question, Text: cleaned),
        };
    }

    /// <summary>True for "mag ik X gebruiken?" / "can I use X?" where X is a short name: a question about a tool.</summary>
    public static bool AsksAboutATool(string question)
    {
        var match = MayIUse().Match(question);
        return match.Success && match.Groups["tool"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3;
    }

    private static Language? LanguageOf(string word) => word switch
    {
        "nl" or "nederlands" or "dutch" => TeamsCompanion.Guidance.Packs.Language.Nl,
        "en" or "english" or "engels" => TeamsCompanion.Guidance.Packs.Language.En,
        _ => null,
    };

    [GeneratedRegex(@"[\s\?\!\.]+$")]
    private static partial Regex Trailing();

    [GeneratedRegex(@"^(mag|kan|kun|can|may)\s+(ik|je|i|we)\s+(?<tool>[^\s].*?)\s*(gebruiken|inzetten|use)?$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex MayIUse();
}
