using BenchmarkDotNet.Running;
using TeamsCompanion.DraftCheck.Benchmarks;

if (args.Length > 0 && args[0] == "cpu-time")
{
    return CpuTimeComparison.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(DraftCheckBenchmarks).Assembly).Run(args);
return 0;
