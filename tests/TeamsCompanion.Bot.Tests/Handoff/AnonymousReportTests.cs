using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Bot.Tests.Handoff;

public sealed partial class AnonymousReportTests : HandoffHarness
{
    [Fact]
    public async Task ReportReachesTheContactWithNoIdentityInStoredDataOrLogs()
    {
        await ContactSaysHelloAsync(ContactA);
        await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "meld anoniem"));
        var form = Assert.Single(await DeliveredAsync(1)).Card();
        Connector.Clear();
        var data = DataOf(form, "report.review");
        data["report"] = "De AI-samenvatting van een bezwaar liet steeds de argumenten van mevrouw Yilmaz weg.";

        var review = await ExecuteAsync("report.review", data);
        Assert.Contains("persoonsgegeven", TextOf(review), StringComparison.Ordinal);
        var sent = await ExecuteAsync("report.send", DataOf(review, "report.send"));
        var code = CodePattern().Match(TextOf(sent)).Value;
        Assert.NotEmpty(code);

        var toContact = Assert.Single(await DeliveredAsync(1));
        var contactText = TextOf(toContact.Card());
        Assert.Contains("Anonieme melding 1", contactText, StringComparison.Ordinal);
        Assert.DoesNotContain("Yilmaz", contactText, StringComparison.Ordinal);
        Connector.Clear();

        // Later, with only the code, the reporter adds something.
        var addData = DataOf(sent, "report.add");
        addData["addition"] = "Het gebeurde bij drie dossiers.";
        Assert.Contains("anoniem verstuurd", TextOf(await ExecuteAsync("report.add", addData)), StringComparison.Ordinal);
        await DeliveredAsync(2);
        await Bot.Services.GetRequiredService<TeamsCompanion.Bot.Handoff.TicketMaintenance>().RunOnceAsync(CancellationToken.None);

        // Nothing that names or points to the reporter: not in the tickets, their texts, the outbox, or the logs.
        var stored = DumpTables("Tickets", "TicketMessages", "TicketCards", "Outbox");
        Assert.Contains("drie dossiers", stored, StringComparison.Ordinal);
        foreach (var identity in new[] { Asker, "29:user-" + Asker, "Test Gebruiker", "a:personal-1" })
        {
            Assert.DoesNotContain(identity, stored, StringComparison.Ordinal);
            Assert.DoesNotContain(Bot.Logs.GetSnapshot(), r => r.Message.Contains(identity, StringComparison.Ordinal)
                || (r.StructuredState ?? []).Any(s => s.Value?.Contains(identity, StringComparison.Ordinal) == true));
        }

        // The report's time is kept to the day.
        Assert.Equal(0, ScalarLong("SELECT \"CreatedAt\" % 864000000000 FROM \"Tickets\""));
    }

    [Fact]
    public async Task AnUnknownCodeIsRefusedClearly()
    {
        var card = await ExecuteAsync("report.add", new JsonObject { ["code"] = "AAAAA-BBBBB", ["addition"] = "nog iets" });
        Assert.Contains("referentiecode ken ik niet", TextOf(card), StringComparison.Ordinal);
    }

    private string DumpTables(params string[] tables)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        var text = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.GetName(i)).Append('=').Append(reader.IsDBNull(i) ? "null" : reader.GetValue(i)).Append(';');
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }

    private long ScalarLong(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    [GeneratedRegex("[A-Z2-9]{5}-[A-Z2-9]{5}")]
    private static partial Regex CodePattern();
}
