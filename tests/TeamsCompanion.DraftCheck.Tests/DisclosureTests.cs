namespace TeamsCompanion.DraftCheck.Tests;

public class DisclosureTests
{
    private const string Wording = "Deze tekst is gemaakt met hulp van AI en gecontroleerd door een medewerker.";

    private static readonly DraftChecker Checker = new();

    private static DisclosureResult Run(string text, Audience audience = Audience.Citizens, AiUsed aiUsed = AiUsed.Yes, string? iconNote = null) =>
        Checker.Check(text, new DraftCheckOptions { Audience = audience, AiUsed = aiUsed, DisclosureText = Wording, DisclosureIconNote = iconNote }).Disclosure;

    [Theory]
    [InlineData("Deze brief is opgesteld met behulp van AI.")]
    [InlineData("Deze tekst is gemaakt met hulp van generatieve AI en gecontroleerd door een medewerker.")]
    [InlineData("Bij het opstellen van dit bericht is gebruikgemaakt van AI.")]
    [InlineData("Dit bericht is deels gegenereerd met Copilot.")]
    [InlineData("Gemaakt met AI.")]
    [InlineData("AI-gegenereerde tekst, gecontroleerd door de gemeente.")]
    [InlineData("Deze samenvatting is met kunstmatige intelligentie gemaakt.")]
    [InlineData("We hebben AI gebruikt bij het schrijven van deze brief.")]
    [InlineData("Bij het schrijven heb ik ChatGPT gebruikt.")]
    [InlineData("This letter was drafted with the help of AI.")]
    [InlineData("This message was generated using Microsoft Copilot.")]
    [InlineData("AI-assisted content, reviewed by staff.")]
    [InlineData("Written with the assistance of an AI tool.")]
    [InlineData("Vertaald met een AI-taalmodel.")]
    [InlineData("<p>Met vriendelijke groet,</p><p><i>Deze e-mail is opgesteld met behulp van AI.</i></p>")]
    public void Disclosure_phrasings_are_recognised(string text)
    {
        var result = Run("Beste mevrouw Jansen,\n\nUw aanvraag is toegekend.\n\n" + text);
        Assert.True(result.Present);
        Assert.Equal(DisclosureVerdicts.Ok, result.Verdict);
        Assert.Null(result.Suggestion);
    }

    [Theory]
    [InlineData("De gemeente onderzoekt hoe AI kan helpen bij het beantwoorden van vragen.")]
    [InlineData("AI wordt steeds vaker ingezet door overheden.")]
    [InlineData("Teksten die met AI zijn gemaakt, moeten volgens de AI-verordening worden gelabeld.")]
    [InlineData("Deze brief is niet met AI opgesteld.")]
    [InlineData("This letter explains how we use AI in our services.")]
    [InlineData("Our policy on artificial intelligence was updated in 2025.")]
    [InlineData("In deze brief leggen we uit hoe AI-systemen teksten genereren.")]
    [InlineData("Wij gebruiken geen AI voor besluiten over uw uitkering.")]
    [InlineData("Er is een nieuwe AI-strategie gemaakt door het kabinet en de Kamer heeft daarover gedebatteerd.")]
    public void Sentences_about_ai_are_not_a_disclosure(string text)
    {
        var result = Run("Beste mevrouw Jansen,\n\n" + text);
        Assert.False(result.Present);
        Assert.Equal(DisclosureVerdicts.MissingDisclosure, result.Verdict);
        Assert.Equal(Wording, result.Suggestion);
    }

    [Theory]
    [InlineData("Als AI-taalmodel kan ik geen juridisch advies geven.", "Als AI-taalmodel")]
    [InlineData("Zeker! Hier is een brief aan de bewoner.", "Zeker! Hier is")]
    [InlineData("Natuurlijk, hier is de aangepaste tekst.", "Natuurlijk, hier is")]
    [InlineData("As an AI language model, I cannot do that.", "As an AI language model")]
    [InlineData("Certainly! Here is the letter.", "Certainly! Here")]
    [InlineData("Geachte [Naam ontvanger],", "[Naam ontvanger]")]
    [InlineData("Uw afspraak is op <vul hier in>.", "<vul hier in>")]
    [InlineData("Datum: [DATUM]", "[DATUM]")]
    [InlineData("Met vriendelijke groet, [Your Name]", "[Your Name]")]
    [InlineData("Beste {{naam}}, welkom.", "{{naam}}")]
    [InlineData("Op 2025-XX-XX sturen we het besluit.", "XX-XX")]
    [InlineData("I hope this helps!", "I hope this helps")]
    [InlineData("Ik hoop dat dit helpt.", "Ik hoop dat dit helpt")]
    [InlineData("As of my last knowledge update, the rule applies.", "As of my last knowledge update")]
    public void Leftovers_are_reported_with_original_offsets(string text, string leftover)
    {
        var result = Run(text, aiUsed: AiUsed.No);
        var found = Assert.Single(result.Leftovers);
        Assert.Equal(leftover, found.Text);
        Assert.Equal(text.IndexOf(leftover, StringComparison.Ordinal), found.Start);
        Assert.Equal(leftover, text.Substring(found.Start, found.Length));
        Assert.Equal(DisclosureVerdicts.Leftovers, result.Verdict);
    }

    [Theory]
    [InlineData("Zie de Woo-stukken [...] en [1] voor de bron.")]
    [InlineData("Gebruik <b>vet</b> voor nadruk.")]
    [InlineData("Hier is het overzicht dat u vroeg.")]
    [InlineData("Let me know if you need anything else.")]
    public void Ordinary_text_has_no_leftovers(string text) => Assert.Empty(Run(text).Leftovers);

    [Fact]
    public void Leftover_in_teams_html_maps_to_the_original_offsets()
    {
        const string html = "<p>Zeker!&nbsp;Hier is de brief.</p>";
        var found = Assert.Single(Run(html).Leftovers);
        Assert.Equal("Zeker!&nbsp;Hier is", found.Text);
        Assert.Equal(3, found.Start);
    }

    [Theory]
    [InlineData(Audience.Citizens, AiUsed.Yes, DisclosureVerdicts.MissingDisclosure, true)]
    [InlineData(Audience.Citizens, AiUsed.Unknown, DisclosureVerdicts.Ok, true)]
    [InlineData(Audience.Citizens, AiUsed.No, DisclosureVerdicts.Ok, false)]
    [InlineData(Audience.Internal, AiUsed.Yes, DisclosureVerdicts.Ok, false)]
    [InlineData(Audience.Internal, AiUsed.Unknown, DisclosureVerdicts.Ok, false)]
    public void Verdict_follows_audience_and_ai_use(Audience audience, AiUsed aiUsed, string verdict, bool suggests)
    {
        var result = Run("Uw aanvraag is toegekend.", audience, aiUsed);
        Assert.Equal(verdict, result.Verdict);
        Assert.Equal(suggests, result.Suggestion is not null);
    }

    [Fact]
    public void Leftovers_win_over_a_missing_disclosure()
    {
        var result = Run("Zeker! Hier is de brief.");
        Assert.Equal(DisclosureVerdicts.Leftovers, result.Verdict);
        Assert.Equal(Wording, result.Suggestion);
    }

    [Fact]
    public void Suggestion_mentions_the_eu_icon_when_the_policy_pack_offers_it()
    {
        var result = Run("Uw aanvraag is toegekend.", iconNote: "U mag ook het EU-icoon voor AI-inhoud gebruiken.");
        Assert.Equal(Wording + " U mag ook het EU-icoon voor AI-inhoud gebruiken.", result.Suggestion);
    }
}
