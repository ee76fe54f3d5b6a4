using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using TeamsCompanion.Testing;

namespace TeamsCompanion.Benchmarks;

/// <summary>
/// How long from posting a Teams message to the bot until its reply reaches the connector.
/// Three kinds of request, interleaved so machine noise hits them alike: "tips" (a large card),
/// a free question (search over the pack) and, as the baseline, an activity type the bot ignores
/// (the HTTP round trip and endpoint with no work). Figures are reported as ratios to the baseline.
/// </summary>
internal static class ReplyLatency
{
    public static async Task<int> RunAsync(int requests)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await BotProcess.StartAsync("Release");
        using var http = new HttpClient { BaseAddress = bot.BaseAddress };

        var kinds = new (string Name, Func<JsonObject> Activity, bool Replies)[]
        {
            ("baseline (ignored activity, no reply)", () => Retype(Activities.Message(connector.ServiceUrl, "tips"), "benchmarkPing"), false),
            ("\"tips\" → tips card", () => Activities.Message(connector.ServiceUrl, "tips"), true),
            ("question → search answer", () => Activities.Message(connector.ServiceUrl, "Mag ik persoonsgegevens in een prompt zetten?"), true),
        };

        var warmup = Math.Min(100, requests / 10);
        var samples = kinds.Select(_ => new List<double>(requests)).ToArray();
        for (var i = 0; i < warmup + requests; i++)
        {
            for (var k = 0; k < kinds.Length; k++)
            {
                var milliseconds = await MeasureAsync(http, connector, kinds[k].Activity(), kinds[k].Replies);
                if (i >= warmup)
                {
                    samples[k].Add(milliseconds);
                }
            }
        }

        var report = Report(requests, warmup, kinds.Select(k => k.Name).ToArray(), samples.Select(s => Percentiles.Of(s)).ToArray());
        Console.WriteLine(report);
        var folder = Directory.CreateDirectory(Path.Combine(Repository.Root, "artifacts", "benchmarks"));
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "reply-latency.md"), report);
        return 0;
    }

    private static async Task<double> MeasureAsync(HttpClient http, FakeConnector connector, JsonObject activity, bool replies)
    {
        connector.Clear();
        var sent = Stopwatch.GetTimestamp();
        using var response = await http.PostAsJsonAsync("/api/messages", activity);
        var answered = Stopwatch.GetTimestamp();
        response.EnsureSuccessStatusCode();
        if (!replies)
        {
            return Stopwatch.GetElapsedTime(sent, answered).TotalMilliseconds;
        }

        var reply = (await connector.WaitForAsync(1)).Single();
        return Stopwatch.GetElapsedTime(sent, reply.ReceivedAt).TotalMilliseconds;
    }

    private static JsonObject Retype(JsonObject activity, string type)
    {
        activity["type"] = type;
        return activity;
    }

    private static string Report(int requests, int warmup, string[] names, Percentiles[] results)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(inv, $"# Reply latency ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores)");
        text.AppendLine();
        text.AppendLine(inv, $"{requests} measured requests per kind after {warmup} warm-up rounds, sent one at a time, kinds interleaved.");
        text.AppendLine("Bot: Release build, own process, Development mode, SQLite; connector: real HTTP listener on loopback.");
        text.AppendLine("Time: from sending the activity until the reply reaches the connector (baseline: until the bot's 200).");
        text.AppendLine();
        text.AppendLine("| request | p50 ms | p90 ms | p99 ms | max ms | p50 / baseline | p99 / baseline |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (var i = 0; i < names.Length; i++)
        {
            var r = results[i];
            text.AppendLine(inv, $"| {names[i]} | {r.P50:F2} | {r.P90:F2} | {r.P99:F2} | {r.Max:F2} | {r.P50 / results[0].P50:F1}× | {r.P99 / results[0].P99:F1}× |");
        }

        return text.ToString();
    }
}
