namespace TeamsCompanion.Bot.Tests.Handoff;

public sealed class SupportSettingsTests
{
    [Fact]
    public async Task AWrongContactInConfigurationStopsTheAppWithAClearMessage()
    {
        await using var bot = new BotFactory(new() { ["Support:Contacts:0"] = "Anna", ["Support:ChannelId"] = "general" });

        var error = Assert.ThrowsAny<Exception>(() => bot.CreateClient());

        var message = error.ToString();
        Assert.Contains("Support:Contacts has 'Anna'", message, StringComparison.Ordinal);
        Assert.Contains("Support:ChannelId 'general'", message, StringComparison.Ordinal);
    }
}
