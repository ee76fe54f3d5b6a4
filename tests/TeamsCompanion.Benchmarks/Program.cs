using TeamsCompanion.Benchmarks;

// Usage: dotnet run -c Release --project tests/TeamsCompanion.Benchmarks -- reply-latency [--requests 1000]
var requests = args.SkipWhile(a => a != "--requests").Skip(1).Select(int.Parse).FirstOrDefault(1000);
switch (args.FirstOrDefault())
{
    case "reply-latency":
        return await ReplyLatency.RunAsync(requests);
    default:
        Console.Error.WriteLine("usage: reply-latency [--requests N]");
        return 2;
}
