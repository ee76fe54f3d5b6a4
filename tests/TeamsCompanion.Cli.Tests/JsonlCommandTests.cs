using System.Text.Json.Nodes;

namespace TeamsCompanion.Cli.Tests;

public sealed class JsonlCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void AThousandLinesRoundTripWithOffsetsIntoEachText()
    {
        var lines = Enumerable.Range(1, 1000).Select(i => new JsonObject
        {
            ["id"] = $"doc-{i}",
            ["text"] = i % 2 == 0 ? $"Zaak {i}: de burger met BSN 111222333 belde op {i % 28 + 1} mei." : $"Notitie {i}: geen bijzonderheden.",
            ["audience"] = i % 3 == 0 ? "citizens" : "internal",
            ["aiUsed"] = i % 5 == 0 ? "yes" : "no",
        }).ToList();
        var input = temp.File("in.jsonl", string.Join("\n", lines.Select(l => l.ToJsonString())) + "\n");
        var output = temp.PathOf("out.jsonl");

        var run = CliRun.Of("check", "--jsonl", input, "--out", output);

        Assert.Equal(1, run.Exit);
        var results = File.ReadAllLines(output).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(1000, results.Count);
        for (var i = 0; i < 1000; i++)
        {
            Assert.Equal((string?)lines[i]["id"], (string?)results[i]["id"]);
            var text = (string)lines[i]["text"]!;
            var findings = results[i]["findings"]!.AsArray();
            var bsn = findings.SingleOrDefault(f => (string?)f!["type"] == "bsn");
            if (text.Contains("BSN", StringComparison.Ordinal))
            {
                Assert.Equal("111222333", text.Substring((int)bsn!["start"]!, (int)bsn["length"]!));
            }
            else
            {
                Assert.Null(bsn);
            }

            var expectMissing = (string?)lines[i]["audience"] == "citizens" && (string?)lines[i]["aiUsed"] == "yes";
            Assert.Equal(expectMissing ? "missing-disclosure" : "ok", (string?)results[i]["disclosure"]!["verdict"]);
        }
    }

    [Fact]
    public void ABadLineGetsAnErrorObjectForItsIdAndTheRestGoOn()
    {
        var input = temp.File("in.jsonl", string.Join("\n",
            """{"id": 1, "text": "BSN 111222333"}""",
            """{"id": 2, "text": 42}""",
            """{"id": 3, "text": "ok", "audience": "iedereen"}""",
            """{"id": 4, "text": "unterminated""",
            """["not", "an", "object"]""",
            """{"id": "vijf", "text": "Alles in orde."}"""));

        var run = CliRun.Of("check", "--jsonl", input);

        Assert.Equal(2, run.Exit);
        var results = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(6, results.Count);
        Assert.Equal("bsn", (string?)results[0]["findings"]![0]!["type"]);
        Assert.Equal(2, (int)results[1]["id"]!);
        Assert.Contains("\"text\" is missing or not a string", (string?)results[1]["error"], StringComparison.Ordinal);
        Assert.Contains("audience must be", (string?)results[2]["error"], StringComparison.Ordinal);
        Assert.Null(results[3]["id"]);
        Assert.Contains("not valid JSON", (string?)results[3]["error"], StringComparison.Ordinal);
        Assert.Contains("JSON object", (string?)results[4]["error"], StringComparison.Ordinal);
        Assert.Equal("vijf", (string?)results[5]["id"]);
        Assert.Empty(results[5]["findings"]!.AsArray());
        Assert.Contains("4 line(s) failed", run.Errors, StringComparison.Ordinal);
        Assert.Equal(4, (int)results[3]["line"]!);
    }

    [Fact]
    public void WritingTheOutputOverTheInputIsRefused()
    {
        var input = temp.File("in.jsonl", "{\"id\": 1, \"text\": \"x\"}\n");

        var run = CliRun.Of("check", "--jsonl", input, "--out", input);

        Assert.Equal(2, run.Exit);
        Assert.Equal("{\"id\": 1, \"text\": \"x\"}\n", File.ReadAllText(input));
    }
}
