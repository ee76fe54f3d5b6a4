using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsCompanion.Bot.Cards;
using TeamsCompanion.Bot.Handoff;
using TeamsCompanion.Bot.MessageExtension;
using TeamsCompanion.DraftCheck;
using TeamsCompanion.Guidance.Packs;
using TeamsCompanion.Guidance.Search;
using TeamsCompanion.Protocol;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Bot.Tests;

/// <summary>
/// Every card the chat can send, in both languages. Each is written to cards/samples (committed,
/// so a review shows what a change does to the cards; paste one into the Adaptive Cards Designer
/// to see it), and the end-to-end run checks it with the official renderer at phone width.
/// </summary>
public sealed class CardTests
{
    private const int TeamsCardLimitBytes = 28 * 1024;
    private static readonly PolicyPack Pack = PolicyPackLoader.Load(Repository.Path("policy", "default"));

    public static TheoryData<string> CardNames => [.. AllCards().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CardNames))]
    public void EveryCardIsVersion15WithAFallbackAndFitsTeamsLimit(string name)
    {
        var card = AllCards().Single(c => c.Name == name).Card;

        var json = JsonSerializer.SerializeToUtf8Bytes(card, ProtocolJson.Options);
        var node = JsonNode.Parse(json)!;

        Assert.Equal("AdaptiveCard", (string?)node["type"]);
        Assert.Equal("1.5", (string?)node["version"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)node["fallbackText"]));
        Assert.InRange(json.Length, 1, TeamsCardLimitBytes);
        Assert.All(Descendants(node).Where(n => (string?)n["type"] == "TextBlock"), block => Assert.True((bool?)block["wrap"]));

        var folder = Directory.CreateDirectory(Repository.Path("cards", "samples"));
        File.WriteAllBytes(Path.Combine(folder.FullName, name + ".json"), json);
    }

    [Fact]
    public void TheCheckResultNeverShowsAnUnmaskedValue()
    {
        var card = JsonSerializer.Serialize(CheckCards.Result(Review(Language.Nl), Pack, Language.Nl), ProtocolJson.Options);
        var shown = string.Concat(Descendants(JsonNode.Parse(card)!).Where(n => (string?)n["type"] == "TextBlock").Select(n => (string?)n["text"]));

        Assert.DoesNotContain("111222333", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("0417", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Vries", shown, StringComparison.Ordinal);
        Assert.Contains("•••••2333", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Beste inwoner, [uw BSN 111222333] is bekend.", "111222333")]
    [InlineData("Beste inwoner, [Uw telefoonnummer: 0612345678] staat genoteerd.", "0612345678")]
    [InlineData("Van: Jan de Vries <j.devries@organisatie.nl>\nBeste inwoner, zie hieronder.", "devries")]
    public void ALeftoverThatHoldsPersonalDataIsShownMasked(string draft, string secret)
    {
        var result = new DraftChecker().Check(draft, new DraftCheckOptions { Audience = Audience.Citizens, AiUsed = AiUsed.Yes, DisclosureText = Pack.Disclosure.Text.Nl });
        var card = JsonNode.Parse(JsonSerializer.Serialize(CheckCards.Result(DraftReview.Of(draft, result, Language.Nl, disclosureNeeded: true), Pack, Language.Nl), ProtocolJson.Options))!;

        var shown = string.Concat(Descendants(card).Where(n => (string?)n["type"] == "TextBlock").Select(n => (string?)n["text"])) + (string?)card["fallbackText"];
        Assert.DoesNotContain(secret, shown, StringComparison.Ordinal);
    }

    [Fact]
    public void LeftoversDoNotHideAMissingDisclosure()
    {
        const string draft = "Beste inwoner, [Naam ontvanger], de afvalinzameling verandert per 1 januari.";
        var result = new DraftChecker().Check(draft, new DraftCheckOptions { Audience = Audience.Citizens, AiUsed = AiUsed.Yes, DisclosureText = Pack.Disclosure.Text.Nl });

        var card = JsonSerializer.Serialize(CheckCards.Result(DraftReview.Of(draft, result, Language.Nl, disclosureNeeded: true), Pack, Language.Nl), ProtocolJson.Options);

        Assert.Contains("resten van een AI-antwoord", card, StringComparison.Ordinal);
        Assert.Contains("Geen AI-vermelding", card, StringComparison.Ordinal);
        Assert.Contains("Voeg AI-vermelding toe", card, StringComparison.Ordinal);
    }

    [Fact]
    public void DutchAndEnglishCardsDiffer()
    {
        var nl = JsonSerializer.Serialize(ChatCards.Help(Pack, Language.Nl), ProtocolJson.Options);
        var en = JsonSerializer.Serialize(ChatCards.Help(Pack, Language.En), ProtocolJson.Options);

        Assert.Contains("Wat kan ik voor je doen?", nl, StringComparison.Ordinal);
        Assert.Contains("What can I do for you?", en, StringComparison.Ordinal);
    }

    private static IEnumerable<(string Name, AdaptiveCard Card)> AllCards()
    {
        var search = new GuidanceSearch(Pack);
        var tools = new ToolLookup(Pack.Tools);
        foreach (var language in new[] { Language.Nl, Language.En })
        {
            var code = language.ToString().ToLowerInvariant();
            yield return ($"welcome.{code}", ChatCards.Welcome(Pack, language));
            yield return ($"help.{code}", ChatCards.Help(Pack, language));
            yield return ($"language-choice.{code}", ChatCards.LanguageChoice(language));
            yield return ($"language-set.{code}", ChatCards.LanguageSet(language, saved: false));
            yield return ($"error.{code}", ChatCards.Error(language));
            yield return ($"tips.{code}", GuidanceCards.Tips(Pack, null, language));
            yield return ($"tips-prompts.{code}", GuidanceCards.Tips(Pack, "prompts", language));
            yield return ($"rules.{code}", GuidanceCards.Rules(Pack, language));
            yield return ($"answer.{code}", GuidanceCards.Answer(Pack, search.Search("persoonsgegevens in een prompt"), language));
            yield return ($"answer-weak.{code}", GuidanceCards.Answer(Pack, search.Search("kantine openingstijden"), language));
            yield return ($"tools.{code}", ToolCards.Tools(Pack, [], unknownToolAsked: false, language));
            yield return ($"tool-chatgpt.{code}", ToolCards.Tools(Pack, tools.Find("chatgpt"), unknownToolAsked: false, language));
            yield return ($"tool-unknown.{code}", ToolCards.Tools(Pack, [], unknownToolAsked: true, language));
            yield return ($"guidance-item.{code}", GuidanceCards.OneItem(Pack, Pack.Tips[0], language));
            yield return ($"check-form.{code}", CheckCards.Form(language, 200_000, notice: language == Language.En ? "There is no text." : "Er staat geen tekst in."));
            yield return ($"check-result.{code}", CheckCards.Result(Review(language), Pack, language));
            yield return ($"check-contact.{code}", CheckCards.Contact(Pack, language));
            yield return ($"check-insert.{code}", CheckCards.Insert("Geachte mevrouw [naam],\n\nUw BSN [BSN] is genoteerd.\n\n" + Pack.Disclosure.Text.Nl));
            foreach (var (name, card) in HandoffSamples(language))
            {
                yield return ($"{name}.{code}", card);
            }
        }
    }

    private static IEnumerable<(string Name, AdaptiveCard Card)> HandoffSamples(Language language)
    {
        var zone = TimeZoneInfo.Utc;
        var screened = new QuestionScreen(new DraftChecker()).Screen("Mag ik Copilot gebruiken voor de brief aan mevrouw De Vries, BSN 111222333?");
        yield return ("ask-form", HandoffCards.AskForm(Pack, language, "k", inDialog: false));
        yield return ("ask-review", HandoffCards.Review(Pack, language, screened, "k", inDialog: false));
        yield return ("ask-sent", HandoffCards.Sent(Pack, language, Ticket(TicketState.Open)));
        yield return ("ask-answer", HandoffCards.Answer(language, Ticket(TicketState.Answered)));
        yield return ("ask-rerouted", HandoffCards.Notice(Pack, language, Ticket(TicketState.Open), "rerouted"));
        yield return ("ticket-open", TicketCards.ForContact(Ticket(TicketState.Open), language, zone));
        yield return ("ticket-answered", TicketCards.ForContact(Ticket(TicketState.Answered), language, zone));
        yield return ("ticket-anonymous", TicketCards.ForContact(Ticket(TicketState.Open, TicketKind.AnonymousReport), language, zone));
        yield return ("ticket-reminder", TicketCards.Notice(Ticket(TicketState.Open), language, reminder: true));
        yield return ("report-form", ReportCards.Form(Pack, language, "k"));
        yield return ("report-review", ReportCards.Review(language, screened, "k"));
        yield return ("report-sent", ReportCards.Sent(language, "ABCDE-FGH23"));
        yield return ("report-add", ReportCards.AddForm(language));

        // The version before had one rule less, so the notice shows what a real change looks like.
        var diff = TeamsCompanion.Guidance.Versions.PackDiff.Between(Pack with { Rules = [.. Pack.Rules.Skip(1)] }, Pack);
        const string Notes = "Gratis AI-tools zijn niet meer toegestaan voor werk met gegevens van inwoners.";
        yield return ("policy-notice", ReminderCards.Notice(Pack, 2, diff, Notes, informational: false, round: 0, language));
        yield return ("policy-reminder", ReminderCards.Notice(Pack, 2, diff, Notes, informational: false, round: 1, language));
        yield return ("policy-informational", ReminderCards.Notice(Pack, 3, diff, Notes, informational: true, round: 0, language));
        yield return ("policy-thanks", ReminderCards.Acknowledged(2, language));
    }

    private static Ticket Ticket(TicketState state, TicketKind kind = TicketKind.Question)
    {
        var ticket = new Ticket
        {
            Id = 12,
            Kind = kind,
            State = state,
            Version = 3,
            RequestKey = "k",
            Language = "nl",
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            SentRedacted = true,
            AssigneeName = state == TicketState.Open ? null : "Anna de Boer",
            CreatedAt = new DateTimeOffset(2026, 11, 27, 15, 0, 0, TimeSpan.Zero),
            Rating = state == TicketState.Answered ? 4 : null,
        };
        ticket.Messages.Add(new TicketMessage { Author = TicketAuthor.Requester, Text = "Mag ik Copilot gebruiken voor de brief aan [naam], BSN [BSN]?" });
        if (state == TicketState.Answered)
        {
            ticket.Messages.Add(new TicketMessage { Author = TicketAuthor.Contact, AuthorName = "Anna de Boer", Text = "Ja, als je de brief zelf controleert en de AI-vermelding toevoegt." });
        }

        return ticket;
    }

    private static DraftReview Review(Language language)
    {
        const string draft = "Geachte mevrouw De Vries,\n\nUw BSN 111222333 en IBAN NL91 ABNA 0417 1643 00 zijn genoteerd. Zeker! Hier is de brief.\n\nMet vriendelijke groet,\nJan Jansen";
        var result = new DraftChecker().Check(draft, new DraftCheckOptions { Audience = Audience.Citizens, AiUsed = AiUsed.Yes, DisclosureText = Pack.Disclosure.Text.For(language) });
        return DraftReview.Of(draft, result, language, disclosureNeeded: true);
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.Select(p => p.Value).OfType<JsonNode>().SelectMany(Descendants)),
        JsonArray array => array.OfType<JsonNode>().SelectMany(Descendants),
        _ => [],
    };
}
