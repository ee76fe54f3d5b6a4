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
    AskPerson,
    Report,
    ReportAdd,
    Resolved,
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

    // Longest first, so "vraag het een mens" wins over "een mens".
    private static readonly (string Phrase, ChatCommandKind Kind)[] Phrases = new (string, ChatCommandKind)[]
    {
        ("ik wil een mens spreken", ChatCommandKind.AskPerson), ("ik wil iemand spreken", ChatCommandKind.AskPerson),
        ("vraag mijn ai-contactpersoon", ChatCommandKind.AskPerson), ("vraag aan contactpersoon", ChatCommandKind.AskPerson),
        ("vraag aan mijn contactpersoon", ChatCommandKind.AskPerson), ("vraag het een mens", ChatCommandKind.AskPerson),
        ("vraag een mens", ChatCommandKind.AskPerson), ("een mens spreken", ChatCommandKind.AskPerson), ("mens spreken", ChatCommandKind.AskPerson),
        ("ask my ai contact person", ChatCommandKind.AskPerson), ("ask my contact person", ChatCommandKind.AskPerson),
        ("ask a person", ChatCommandKind.AskPerson), ("talk to a human", ChatCommandKind.AskPerson), ("talk to a person", ChatCommandKind.AskPerson),
        ("meld anoniem", ChatCommandKind.Report), ("anoniem melden", ChatCommandKind.Report), ("report anonymously", ChatCommandKind.Report),
        ("aanvulling op melding", ChatCommandKind.ReportAdd), ("aanvulling", ChatCommandKind.ReportAdd), ("add to report", ChatCommandKind.ReportAdd),
        ("opgelost", ChatCommandKind.Resolved), ("solved", ChatCommandKind.Resolved), ("resolved", ChatCommandKind.Resolved),
    }.OrderByDescending(p => p.Item1.Length).ToArray();

    public static ChatCommand Parse(string? text)
    {
        var cleaned = Trailing().Replace((text ?? string.Empty).Trim(), string.Empty);
        if (HandoffPhrase(cleaned, (text ?? string.Empty).Trim()) is { } handoff)
        {
            return handoff;
        }

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

    /// <summary>"Vraag aan contactpersoon: mag ik …?": the command, and what follows it as the text.</summary>
    private static ChatCommand? HandoffPhrase(string cleaned, string original)
    {
        foreach (var (phrase, kind) in Phrases)
        {
            if (!cleaned.StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rest = original[phrase.Length..];
            if (rest.Length > 0 && char.IsLetterOrDigit(rest[0]))
            {
                continue;
            }

            // Only the short forms stand alone; "opgelost" inside a sentence is a question, not a command.
            var text = rest.TrimStart(':', ',', '.', '-', ' ', '\n').Trim();
            if (kind is ChatCommandKind.Resolved or ChatCommandKind.ReportAdd && text.Length > 0)
            {
                continue;
            }

            return new ChatCommand(kind, Text: text.Length > 0 ? text : null);
        }

        return null;
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
