using System.Text.Json;
using TeamsCompanion.Bot.Cards;
using TeamsCompanion.Bot.Handoff;
using TeamsCompanion.Bot.Localization;
using TeamsCompanion.Bot.Policy;
using TeamsCompanion.Guidance.Packs;
using TeamsCompanion.Protocol.Activities;
using TeamsCompanion.Protocol.Hosting;

namespace TeamsCompanion.Bot.Chat;

/// <summary>
/// Answers chat messages: commands (tips, regels, tools, help, taal) and free questions, which
/// are searched in the policy pack. In group chats and channels only when @mentioned.
/// </summary>
public sealed partial class ChatHandler(
    PolicyPackProvider packs,
    UserLanguage languages,
    ConversationTracker tracker,
    HandoffFlow handoff,
    ReportFlow reports,
    TicketService tickets,
    ILogger<ChatHandler> logger) : IActivityHandler
{
    private const int MaxQuestionChars = 1000;

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        var isPersonal = activity.Conversation?.ConversationType is null or "personal";
        if (!isPersonal && !activity.MentionsRecipient())
        {
            return null;
        }

        await tracker.TrackAsync(activity, cancellationToken);
        var command = ChatCommandParser.Parse(TextOf(activity));
        LogCommand(logger, command.Kind);

        var language = command is { Kind: ChatCommandKind.Language, Language: { } chosen } ? chosen : await languages.ResolveAsync(activity, cancellationToken);
        var card = await CardForAsync(command, activity, language, cancellationToken);
        await turn.SendAsync(CardMessage.From(card, language), cancellationToken);
        return null;
    }

    private async Task<AdaptiveCard> CardForAsync(ChatCommand command, Activity activity, Language language, CancellationToken cancellationToken)
    {
        var loaded = packs.Current;
        switch (command.Kind)
        {
            case ChatCommandKind.Tips:
                return GuidanceCards.Tips(loaded.Pack, command.Topic, language);
            case ChatCommandKind.Rules:
                return GuidanceCards.Rules(loaded.Pack, language);
            case ChatCommandKind.Tools:
                return ToolCards.Tools(loaded.Pack, [], unknownToolAsked: false, language);
            case ChatCommandKind.Language when command.Language is { } chosen:
                return ChatCards.LanguageSet(chosen, await languages.TrySaveAsync(activity, chosen, cancellationToken));
            case ChatCommandKind.Language:
                return ChatCards.LanguageChoice(language);
            case ChatCommandKind.Question:
                return Answer(loaded, command.Text!, language);
            case ChatCommandKind.AskPerson:
                return handoff.Start(language, inDialog: false, command.Text);
            case ChatCommandKind.Report:
                return reports.Start(language, command.Text);
            case ChatCommandKind.ReportAdd:
                return ReportCards.AddForm(language);
            case ChatCommandKind.Resolved:
                return await ResolveAsync(activity, language, cancellationToken);
            default:
                return ChatCards.Help(loaded.Pack, language);
        }
    }

    private async Task<AdaptiveCard> ResolveAsync(Activity activity, Language language, CancellationToken cancellationToken)
    {
        var say = new Say(language);
        var result = await tickets.ResolveAsync(null, activity.From?.AadObjectId, cancellationToken);
        return result is { Outcome: TicketOutcome.Done, Ticket: { } ticket }
            ? HandoffCards.Done(say.T("Gelukt", "Done"), say.T($"Fijn dat je geholpen bent. Vraag {ticket.Id} is gesloten.", $"Glad you were helped. Question {ticket.Id} is closed."))
            : HandoffCards.Done(say.T("Geen open vraag", "No open question"), say.T("Ik vond geen beantwoorde vraag van je om te sluiten.", "I found no answered question of yours to close."));
    }

    private static AdaptiveCard Answer(LoadedPack loaded, string question, Language language)
    {
        // Questions are short; a pasted document is searched by its start.
        if (question.Length > MaxQuestionChars)
        {
            question = question[..MaxQuestionChars];
        }

        var asksAboutTool = ChatCommandParser.AsksAboutATool(question);
        var tools = loaded.Tools.Find(question);
        var result = loaded.Search.Search(question);

        // "Mag ik Copilot gebruiken?" is about the tool; "hoe voorkom ik hallucinaties in Copilot?" is not.
        if (tools.Count > 0 && (asksAboutTool || result.IsWeak))
        {
            return ToolCards.Tools(loaded.Pack, tools, unknownToolAsked: false, language);
        }

        if (result.IsWeak && asksAboutTool)
        {
            return ToolCards.Tools(loaded.Pack, [], unknownToolAsked: true, language);
        }

        return GuidanceCards.Answer(loaded.Pack, result, language);
    }

    // A card button sends its command as text (messageBack) or, in some clients, only as value.command.
    private static string? TextOf(Activity activity)
    {
        var text = activity.TextWithoutMentions();
        if (text.Length > 0)
        {
            return text;
        }

        return activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("command", out var command) && command.ValueKind == JsonValueKind.String
            ? command.GetString()
            : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat command {Kind}")]
    private static partial void LogCommand(ILogger logger, ChatCommandKind kind);
}
