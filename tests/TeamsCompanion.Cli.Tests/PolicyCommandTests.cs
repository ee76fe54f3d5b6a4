using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using TeamsCompanion.Guidance.Packs;

namespace TeamsCompanion.Cli.Tests;

/// <summary><c>policy …</c> against a real SQLite file, as a CIO office runs it next to the bot.</summary>
public sealed class PolicyCommandTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string connection;

    public PolicyCommandTests() => connection = $"Data Source={folder.PathOf("bot.db")}";

    [Fact]
    public void StatusCountsAnnouncementsInDoubtAndResendInDoubtQueuesThemAgain()
    {
        // The database is created and migrated by the first command, as the bot would.
        Assert.Equal(2, Policy("status").Exit);
        AddPersonalChats("a:user-1", "a:user-2");
        var published = Policy("publish", PolicyPackLoader.ShippedPackFolder, "--notes", "Eerste versie");
        Assert.Equal(0, published.Exit);

        // As a crash between asking Teams and recording the answer leaves it, once another instance looked at it.
        Execute("UPDATE \"Outbox\" SET \"State\" = 'InDoubt' WHERE \"Recipient\" = 'a:user-2'");
        var status = Json(Policy("status", "--format", "json"));
        Assert.Equal((1, 2, 0, 1, 0, 1), ((int)status["version"]!, (int)status["recipients"]!, (int)status["sent"]!, (int)status["pending"]!, (int)status["failed"]!, (int)status["inDoubt"]!));
        Assert.Equal(0, (int)status["acknowledged"]!);
        Assert.Contains("onzeker / in doubt", Policy("status").Output, StringComparison.Ordinal);

        var resend = Policy("resend-in-doubt", "1");
        Assert.Equal(0, resend.Exit);
        Assert.Contains("1 onzekere berichten", resend.Output, StringComparison.Ordinal);
        var after = Json(Policy("status", "--format", "json"));
        Assert.Equal((2, 0), ((int)after["pending"]!, (int)after["inDoubt"]!));
        Assert.DoesNotContain("onzeker", Policy("status").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ResendInDoubtWithoutAVersionNumberSaysHowToUseIt()
    {
        var run = Policy("resend-in-doubt");
        Assert.Equal(2, run.Exit);
        Assert.Contains("policy resend-in-doubt VERSION", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownVersionIsAnErrorNotNothingToDo()
    {
        Assert.Equal(2, Policy("status").Exit);
        foreach (var command in new[] { "cancel", "resend-in-doubt" })
        {
            var run = Policy(command, "7");
            Assert.Equal(2, run.Exit);
            Assert.Contains("Versie 7 bestaat niet / version 7 does not exist.", run.Errors, StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private CliRun Policy(params string[] args) => CliRun.Of(["policy", .. args, "--connection-string", connection]);

    private static JsonNode Json(CliRun run)
    {
        Assert.True(run.Exit == 0, run.Errors);
        return JsonNode.Parse(run.Output)!;
    }

    private void AddPersonalChats(params string[] conversations)
    {
        foreach (var conversation in conversations)
        {
            Execute($"""
                INSERT INTO "Conversations" ("ConversationId", "ServiceUrl", "ChannelId", "ConversationType", "UserId", "UserAadObjectId", "CreatedAt", "UpdatedAt")
                VALUES ('{conversation}', 'https://smba.example/', 'msteams', 'personal', '29:{conversation}', 'aad-{conversation}', 0, 0)
                """);
        }
    }

    private void Execute(string sql)
    {
        using var db = new SqliteConnection(connection);
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
