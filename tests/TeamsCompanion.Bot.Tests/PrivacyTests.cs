using TeamsCompanion.Testing;

namespace TeamsCompanion.Bot.Tests;

/// <summary>What users type is answered, never kept: not in the database, not in the logs.</summary>
public sealed class PrivacyTests : BotWithConnector
{
    private const string Secret = "Jansen-BSN-123456782-Zwanenburg";
    [Theory]
    [InlineData("Mag ik {0} in ChatGPT zetten?")]
    [InlineData("{0}")]
    [InlineData("tips {0}")]
    public async Task MessageTextIsNeitherStoredNorLogged(string template)
    {
        await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Secret)));
        await Connector.WaitForAsync(1);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var stored = string.Concat(new[] { string.Empty, "-wal" }
            .Where(suffix => File.Exists(Bot.DatabasePath + suffix))
            .Select(suffix => System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(Bot.DatabasePath + suffix))));
        Assert.NotEmpty(stored);
        Assert.DoesNotContain("Zwanenburg", stored, StringComparison.Ordinal);

        var logs = Bot.Logs.GetSnapshot();
        Assert.NotEmpty(logs);
        Assert.DoesNotContain(logs, record => record.Message.Contains("Zwanenburg", StringComparison.Ordinal)
            || (record.Exception?.ToString().Contains("Zwanenburg", StringComparison.Ordinal) ?? false));
    }
}
