using System.Net;
using System.Text.Json.Nodes;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Bot.Tests;

public sealed class ChatTests : BotWithConnector
{
    [Fact]
    public async Task TipsGetsATipsCardPostedAsAReplyToTheServiceUrl()
    {
        var activity = Activities.Message(Connector.ServiceUrl, "tips");

        var response = await Bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await Connector.WaitForAsync(1));
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
        await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, command));

        var text = Assert.Single(await Connector.WaitForAsync(1)).CardText();
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
        await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, command));

        Assert.Contains(title, Assert.Single(await Connector.WaitForAsync(1)).CardText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MayIUseChatGptIsAnsweredFromTheToolList()
    {
        await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "Mag ik ChatGPT gebruiken?"));

        var text = Assert.Single(await Connector.WaitForAsync(1)).CardText();
        Assert.Contains("Mag ik dit AI-hulpmiddel gebruiken?", text, StringComparison.Ordinal);
        Assert.Contains("⛔ Niet voor werk", text, StringComparison.Ordinal);
        Assert.Contains("Handreiking §4.4", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AToolThatIsNotListedIsNotAllowedUntilChecked()
    {
        await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "mag ik Zwurkbot gebruiken?"));

        var text = Assert.Single(await Connector.WaitForAsync(1)).CardText();
        Assert.Contains("staat niet in de lijst van je organisatie", text, StringComparison.Ordinal);
        Assert.Contains("ai-vragen@organisatie.example", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionGetsTheBestGuidanceWithSections()
    {
        await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "Mag ik persoonsgegevens in een prompt zetten?"));

        var reply = Assert.Single(await Connector.WaitForAsync(1));
        var text = reply.CardText();
        Assert.Contains("Dit zegt de richtlijn", text, StringComparison.Ordinal);
        Assert.Contains("Persoonsgegevens", text, StringComparison.Ordinal);
        Assert.Matches(@"Handreiking §\d", text);
        Assert.InRange(reply.Card()["body"]!.AsArray().Count(e => (string?)e!["type"] == "Container"), 1, 3);
    }

    [Fact]
    public async Task AQuestionTheGuideDoesNotCoverPointsToTheContactPerson()
    {
        await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "Hoe laat gaat de kantine open?"));

        var text = Assert.Single(await Connector.WaitForAsync(1)).CardText();
        Assert.Contains("Vraag het je AI-contactpersoon", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLanguageChoiceIsRememberedForTheUser()
    {
        await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "language en"));
        await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "tips"));

        var replies = await Connector.WaitForAsync(2);
        Assert.Contains("I will talk to you in English", replies[0].CardText(), StringComparison.Ordinal);
        Assert.Contains("Tips for working with AI", replies[1].CardText(), StringComparison.Ordinal);
        Assert.Equal("en-GB", (string?)replies[1].Body!["locale"]);
    }

    [Fact]
    public async Task AnEnglishTeamsLocaleGetsEnglishUntilTheUserChooses()
    {
        await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "tips", locale: "en-US"));

        Assert.Contains("Tips for working with AI", Assert.Single(await Connector.WaitForAsync(1)).CardText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACardButtonThatSendsOnlyAValueIsUnderstood()
    {
        var activity = Activities.Message(Connector.ServiceUrl, string.Empty);
        activity["value"] = new JsonObject { ["command"] = "tips ethiek" };

        await Bot.PostActivityAsync(activity);

        Assert.Contains("Tips: Ethiek", Assert.Single(await Connector.WaitForAsync(1)).CardText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task InGroupChatsAndChannelsTheBotAnswersOnlyWhenMentioned(string conversationType)
    {
        var notMentioned = Activities.Message(Connector.ServiceUrl, "tips", "19:group@thread.v2", conversationType: conversationType);
        Assert.Equal(HttpStatusCode.OK, (await Bot.PostActivityAsync(notMentioned)).StatusCode);
        Assert.Empty(Connector.Requests);

        await Bot.PostActivityAsync(Activities.Mention(Connector.ServiceUrl, "tips", conversationType));

        Assert.Contains("Tips voor werken met AI", Assert.Single(await Connector.WaitForAsync(1)).CardText(), StringComparison.Ordinal);
    }
}
