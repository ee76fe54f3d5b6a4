using TeamsCompanion.Benchmarks;

// Usage: dotnet run -c Release --project tests/TeamsCompanion.Benchmarks -- reply-latency|submit-latency [--requests 1000] [--only TEXT] [--warmup 100]
//        … -- broadcast [--recipients 20000] [--instances 2 --postgres] [--kill-at 0.5] [--rate 40]
var requests = args.SkipWhile(a => a != "--requests").Skip(1).Select(int.Parse).FirstOrDefault(1000);
var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();
var warmUp = args.SkipWhile(a => a != "--warmup").Skip(1).Select(int.Parse).FirstOrDefault(100);
switch (args.FirstOrDefault())
{
    case "reply-latency":
        return await ReplyLatency.RunAsync(requests);
    case "submit-latency":
        return await SubmitLatency.RunAsync(requests, only, warmUp);
    case "broadcast":
        return await Broadcast.RunAsync(BroadcastOptions.Parse(args));
    default:
        Console.Error.WriteLine("usage: reply-latency|submit-latency [--requests N] [--only TEXT] [--warmup N] | broadcast [--recipients N] [--instances N --postgres] [--kill-at F] [--rate R]");
        return 2;
}
