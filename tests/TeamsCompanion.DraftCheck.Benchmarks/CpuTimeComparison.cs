using System.Diagnostics;
using System.Globalization;

namespace TeamsCompanion.DraftCheck.Benchmarks;

/// <summary>
/// <c>cpu-time [--seconds S]</c>: the same four cases as the BenchmarkDotNet run, each check
/// timed in thread CPU time right after one baseline pass over the same text, so both see the
/// same machine state. Prints the median of the per-pair ratios (and their middle half), which moved
/// far less between runs on a shared 2-core machine than BenchmarkDotNet's medians.
/// </summary>
internal static class CpuTimeComparison
{
    public static int Run(string[] args)
    {
        var seconds = 3.0;
        for (var k = 1; k < args.Length; k++)
        {
            if (args[k] == "--seconds" && k + 1 < args.Length && double.TryParse(args[k + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0)
            {
                seconds = value;
                k++;
            }
            else
            {
                Console.Error.WriteLine($"cpu-time: unknown argument '{args[k]}'. Usage: cpu-time [--seconds S]");
                return 2;
            }
        }

        var benchmarks = new DraftCheckBenchmarks();
        Console.WriteLine($"Clock: {(ThreadCpuClock.IsCpuTime ? "thread CPU time" : "wall time (not Linux)")}, {seconds.ToString(CultureInfo.InvariantCulture)} s per case.");
        Console.WriteLine();
        Console.WriteLine("| Size | Text | Baseline (median) | Full check (median) | MB/s | × baseline (median) | × baseline (25th–75th percentile) |");
        Console.WriteLine("| ---: | --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var size in new[] { 5 * 1024, 1024 * 1024 })
        {
            foreach (var text in new[] { "dense", "prose" })
            {
                benchmarks.Size = size;
                benchmarks.Text = text;
                benchmarks.Setup();
                Console.WriteLine(Measure(benchmarks, size, text, seconds));
            }
        }

        return 0;
    }

    private static string Measure(DraftCheckBenchmarks benchmarks, int size, string text, double seconds)
    {
        // Small texts are timed in batches: one 5 KB check is close to the clock's resolution.
        var batch = Math.Max(1, (64 * 1024) / size);
        var sink = 0;
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed.TotalSeconds < 1)
        {
            sink += benchmarks.FullCheck() + benchmarks.ScanDigitsAndAt();
        }

        var baselines = new List<double>();
        var checks = new List<double>();
        var ratios = new List<double>();
        var total = Stopwatch.StartNew();
        while (total.Elapsed.TotalSeconds < seconds || ratios.Count < 7)
        {
            var t0 = ThreadCpuClock.NowMicroseconds();
            for (var k = 0; k < batch; k++)
            {
                sink += benchmarks.ScanDigitsAndAt();
            }

            var t1 = ThreadCpuClock.NowMicroseconds();
            for (var k = 0; k < batch; k++)
            {
                sink += benchmarks.FullCheck();
            }

            var t2 = ThreadCpuClock.NowMicroseconds();
            baselines.Add((t1 - t0) / batch);
            checks.Add((t2 - t1) / batch);
            ratios.Add((t2 - t1) / Math.Max(t1 - t0, 0.001));
        }

        GC.KeepAlive(sink);
        var check = Median(checks);
        var megabytesPerSecond = size / 1048576.0 / (check / 1e6);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {size} | {text} | {Median(baselines):F1} µs | {check:F1} µs | {megabytesPerSecond:F1} | {Median(ratios):F1} | {Percentile(ratios, 25):F1}–{Percentile(ratios, 75):F1} |");
    }

    private static double Median(List<double> values) => Percentile(values, 50);

    private static double Percentile(List<double> values, int percent)
    {
        values.Sort();
        return values[Math.Min(values.Count - 1, values.Count * percent / 100)];
    }
}
