using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(TeamsCompanion.DraftCheck.Benchmarks.DraftCheckBenchmarks).Assembly).Run(args);
