using System.Net;
using System.Text.Json.Nodes;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Bot.Tests;

public sealed class ChatTests : IAsyncLifetime
{
    private FakeConnector connector = null!;
    private BotFactory bot = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        bot = new BotFactory();
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task TipsGetsATipsCardPostedAsAReplyToTheServiceUrl()
    {
        var activity = Activities.Message(connector.ServiceUrl, "tips");

        var response = await bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await connector.WaitForAsync(1));
        Assert.Equal("POST", reply.Method);
        Assert.Equal($"/v3/conversations/a:personal-1/activities/{activity["id"]}", reply.Path);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)reply.Body!["attachments"]![0]!["contentType"]);
        Assert.Equal("1.5", (string?)reply.Card()["version"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)reply.Card()["fallbackText"]));
        var text = reply.CardText();
        Assert.Contains("Tips voor werken met AI", text, StringComparison.Ordinal);
        Assert.Contains("Handreiking §9.3", text, StringComparison.Ordinal);
        Assert.Contains("Handreiking §9.2", text, StringComparison.Ordinal);
        Assert.Equal("29:user-aad-user-1", (string?)reply.Body["recipient"]!["id"]);
        Assert.Null(reply.Authorization);
    }

    [Theory]
    [InlineData("tips ethiek", "Tips: Ethiek", "§9.2", "§9.3")]
    [InlineData("tips legal", "Tips: Juridisch", "§9.1", "§9.2")]
    [InlineData("Tips prompts", "Tips: Goede prompts schrijven", "§9.3", "§9.1")]
    public async Task TipsByTopicShowOnlyThatTopic(string command, string title, string expectedSource, string absentSource)
    {
        await bot.PostActivityAsync(Activities.Message(connector.ServiceUrl, command));

        var text = Assert.Single(await connector.WaitForAsync(1)).CardText();
        Assert.Contains(title, text, StringComparison.Ordinal);
        Assert.Contains(expectedSource, text, StringComparison.Ordinal);
        Assert.DoesNotContain(absentSource, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("regels", "Regels voor AI op het werk")]
    [InlineData("rules", "Regels voor AI op het werk")]
    [InlineData("tools", "AI-hulpmiddelen: wat mag wel en niet?")]
    [InlineData("help", "Wat kan ik voor je doen?")]
    [InlineData("hallo", "Wat kan ik voor je doen?")]
    [InlineData("taal", "Kies je taal")]
    public async Task CommandsGetTheirCards(string command, string title)
    {
        await bot.PostActivityAsync(Activities.Message(connector.ServiceUrl, command));

        Assert.Contains(title, Assert.Single(await connector.WaitForAsync(1)).CardText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MayIUseChatGptIsAnsweredFromTheToolList()
    {
        await bot.PostActivityAsync(Activities.Message(connector.ServiceUrl, "Mag ik ChatGPT gebruiken?"));

        var text = Assert.Single(await connector.WaitForAsync(1)).CardText();
        Assert.Contains("Mag ik dit AI-hulpmiddel gebruiken?", text, StringComparison.Ordinal);
        Assert.Contains("⛔ Niet voor werk", text, StringComparison.Ordinal);
        Assert.Contains("Handreiking §4.4", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AToolThatIsNotListedIsNotAllowedUntilChecked()
    {
        await bot.PostActivityAsync(Activities.Message(connector.ServiceUrl, "mag ik Zwurkbot gebruiken?"));

        var text = Assert.Single(await connector.WaitForAsync(1)).CardText();
        Assert.Contains("staat niet in de lijst van je organisatie", text, StringComparison.Ordinal);
        Assert.Contains("ai-vragen@organisatie.example", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionGetsTheBestGuidanceWithSections()
    {
        await bot.PostActivityAsync(Activities.Message(connector.ServiceUrl, "Mag ik persoonsgegevens in een prompt zetten?"));

        var reply = Assert.Single(await connector.WaitForAsync(1));
        var text = reply.CardText();
        Assert.Contains("Dit zegt de richtlijn", text, StringComparison.Ordinal);
        Assert.Contains("Persoonsgegevens", text, StringComparison.Ordinal);
        Assert.Matches(@"Handreiking §\d", text);
        Assert.InRange(reply.Card()["body"]!.AsArray().Count(e => (string?)e!["type"] == "Container"), 1, 3);
    }

    [Fact]
    public async Task AQuestionTheGuideDoesNotCoverPointsToTheContactPerson()
    {
        await bot.PostActivityAsync(Activities.Message(connector.ServiceUrl, "Hoe laat gaat de kantine open?"));

        var text = Assert.Single(await connector.WaitForAsync(1)).CardText();
        Assert.Contains("Vraag het je AI-contactpersoon", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLanguageChoiceIsRememberedForTheUser()
    {
        await bot.PostActivityAsync(Activities.Message(connector.ServiceUrl, "language en"));
        await bot.PostActivityAsync(Activities.Message(connector.ServiceUrl, "tips"));

        var replies = await connector.WaitForAsync(2);
        Assert.Contains("I will talk to you in English", replies[0].CardText(), StringComparison.Ordinal);
        Assert.Contains("Tips for working with AI", replies[1].CardText(), StringComparison.Ordinal);
        Assert.Equal("en-GB", (string?)replies[1].Body!["locale"]);
    }

    [Fact]
    public async Task AnEnglishTeamsLocaleGetsEnglishUntilTheUserChooses()
    {
        await bot.PostActivityAsync(Activities.Message(connector.ServiceUrl, "tips", locale: "en-US"));

        Assert.Contains("Tips for working with AI", Assert.Single(await connector.WaitForAsync(1)).CardText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACardButtonThatSendsOnlyAValueIsUnderstood()
    {
        var activity = Activities.Message(connector.ServiceUrl, string.Empty);
        activity["value"] = new JsonObject { ["command"] = "tips ethiek" };

        await bot.PostActivityAsync(activity);

        Assert.Contains("Tips: Ethiek", Assert.Single(await connector.WaitForAsync(1)).CardText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task InGroupChatsAndChannelsTheBotAnswersOnlyWhenMentioned(string conversationType)
    {
        var notMentioned = Activities.Message(connector.ServiceUrl, "tips", "19:group@thread.v2", conversationType: conversationType);
        Assert.Equal(HttpStatusCode.OK, (await bot.PostActivityAsync(notMentioned)).StatusCode);
        Assert.Empty(connector.Requests);

        await bot.PostActivityAsync(Activities.Mention(connector.ServiceUrl, "tips", conversationType));

        Assert.Contains("Tips voor werken met AI", Assert.Single(await connector.WaitForAsync(1)).CardText(), StringComparison.Ordinal);
    }
}
