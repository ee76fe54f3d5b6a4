using System.Diagnostics;
using System.Runtime.InteropServices;

namespace TeamsCompanion.DraftCheck.Benchmarks;

/// <summary>
/// CPU time of the calling thread: on a shared machine, time spent waiting for a core is not
/// counted, so comparisons between runs at different loads stay fair. Linux only (the CI and
/// development machines); elsewhere wall-clock time, and <see cref="IsCpuTime"/> says so.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static bool IsCpuTime { get; } = OperatingSystem.IsLinux();

    public static double NowMicroseconds()
    {
        if (IsCpuTime && ClockGetTime(ClockThreadCpuTimeId, out var time) == 0)
        {
            return (time.Seconds * 1e6) + (time.Nanoseconds / 1e3);
        }

        return Stopwatch.GetTimestamp() * 1e6 / Stopwatch.Frequency;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
