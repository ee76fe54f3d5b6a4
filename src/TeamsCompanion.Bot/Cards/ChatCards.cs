using TeamsCompanion.Bot.Localization;
using TeamsCompanion.Guidance.Packs;
using static TeamsCompanion.Bot.Cards.CardParts;

namespace TeamsCompanion.Bot.Cards;

/// <summary>The cards about the bot itself: welcome, help, language and errors.</summary>
public static class ChatCards
{
    public static AdaptiveCard Welcome(PolicyPack pack, Language language)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var say = new Say(language);
        var title = say.T("Welkom bij TeamsCompanion", "Welcome to TeamsCompanion");
        var lines = new[]
        {
            say.T(
                $"Ik help je om generatieve AI verantwoord te gebruiken, volgens de {pack.DisplayTitle(language)}.",
                $"I help you use generative AI responsibly, following the {pack.DisplayTitle(language)}."),
            say.T(
                "Ik ben een geautomatiseerde assistent, geen mens. Mijn antwoorden komen uit de richtlijnen van je organisatie.",
                "I am an automated assistant, not a person. My answers come from your organisation's guidelines."),
            say.T(
                "Wat ik bewaar: je taalkeuze en een verwijzing naar dit gesprek, zodat ik je kan laten weten als de regels veranderen. De tekst van je berichten bewaar ik nooit.",
                "What I store: your language choice and a reference to this chat, so I can tell you when the rules change. I never store the text of your messages."),
            say.T(
                $"Alleen een vraag die je zelf naar een mens stuurt, bewaar ik: tot {pack.Support.Routing.RetentionDays} dagen, daarna wis ik hem.",
                $"Only a question you send to a person yourself is stored: for up to {pack.Support.Routing.RetentionDays} days, then I erase it."),
        };
        return Card(say, title, lines, CommandList(say), HelpActions(say));
    }

    public static AdaptiveCard Help(PolicyPack pack, Language language)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var say = new Say(language);
        var title = say.T("Wat kan ik voor je doen?", "What can I do for you?");
        var lines = new[]
        {
            say.T("Stel me een vraag over AI op het werk, of gebruik een van deze woorden:", "Ask me a question about AI at work, or use one of these words:"),
        };
        var check = say.T(
            "Tekst controleren voor je hem deelt? Kies \"Controleer voor delen\" bij \"…\" op een bericht, of bij het opstellen van een bericht.",
            "Want to check a text before you share it? Choose \"Check before sharing\" under \"…\" on a message, or while writing a message.");
        var contact = say.T($"Liever een mens? Je AI-contactpersoon is {SupportLine(pack, say)}.", $"Prefer a person? Your AI contact person is {SupportLine(pack, say)}.");
        return Card(say, title, lines, [.. CommandList(say), Paragraph(check), Paragraph(contact)], HelpActions(say));
    }

    public static AdaptiveCard LanguageChoice(Language language)
    {
        var say = new Say(language);
        var title = say.T("Kies je taal", "Choose your language");
        return Card(say, title, [say.T("In welke taal wil je mijn antwoorden?", "Which language do you want my answers in?")], [],
            [SubmitAction.ForCommand("Nederlands", "taal nl"), SubmitAction.ForCommand("English", "language en")]);
    }

    public static AdaptiveCard LanguageSet(Language language, bool saved)
    {
        var say = new Say(language);
        var title = say.T("Ik praat vanaf nu Nederlands met je.", "I will talk to you in English from now on.");
        var lines = saved
            ? []
            : new[] { say.T("Ik kon je keuze nu niet bewaren; de volgende keer vraag ik het misschien opnieuw.", "I could not save your choice just now; I may ask again next time.") };
        return Card(say, title, lines, [], HelpActions(say));
    }

    public static AdaptiveCard Error(Language language)
    {
        var say = new Say(language);
        var title = say.T("Sorry, er ging iets mis", "Sorry, something went wrong");
        return Card(say, title, [say.T("Probeer het over een paar minuten opnieuw. Er is niets van je bericht bewaard.", "Please try again in a few minutes. Nothing of your message was stored.")], [], null);
    }

    private static List<CardElement> CommandList(Say say) =>
    [
        new FactSet
        {
            Facts =
            [
                new Fact("tips", say.T("tips voor goede en veilige prompts (ook: tips juridisch, tips ethiek)", "tips for good and safe prompts (also: tips legal, tips ethics)")),
                new Fact(say.T("regels", "rules"), say.T("de regels voor AI op het werk", "the rules for AI at work")),
                new Fact("tools", say.T("welke AI-hulpmiddelen je mag gebruiken; of vraag \"mag ik ChatGPT gebruiken?\"", "which AI tools you may use; or ask \"may I use ChatGPT?\"")),
                new Fact(say.T("taal", "language"), say.T("Nederlands of Engels", "Dutch or English")),
                new Fact(say.T("vraag het een mens", "ask a person"), say.T("je vraag naar je AI-contactpersoon; het antwoord komt hier", "your question to your AI contact person; the answer comes here")),
                new Fact(say.T("meld anoniem", "report anonymously"), say.T("meld een fout of nadelig effect van AI, zonder je naam", "report an error or harmful effect of AI, without your name")),
                new Fact("help", say.T("dit overzicht", "this overview")),
            ],
        },
    ];

    private static List<CardAction> HelpActions(Say say) =>
    [
        SubmitAction.ForCommand("Tips", "tips"),
        SubmitAction.ForCommand(say.T("Regels", "Rules"), say.T("regels", "rules")),
        SubmitAction.ForCommand("Tools", "tools"),
    ];

    private static AdaptiveCard Card(Say say, string title, IEnumerable<string> lines, List<CardElement> extra, List<CardAction>? actions)
    {
        var paragraphs = lines.ToList();
        return new AdaptiveCard
        {
            FallbackText = string.Join(Environment.NewLine, [title, .. paragraphs]),
            Body = [Title(title), .. paragraphs.Select(Paragraph), .. extra],
            Actions = actions,
        };
    }
}
