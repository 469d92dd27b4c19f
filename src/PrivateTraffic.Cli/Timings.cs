using System;
using System.Diagnostics;

namespace PrivateTraffic.Cli;

/// <summary>
/// Where a run's time goes: with PRIVATETRAFFIC_TIMINGS=1 each phase's wall time (since the previous mark, and since
/// the process started, so runtime start-up shows too) is printed on standard error, with the CPU time the phase used on
/// all cores (the steadier figure on a loaded machine), and the garbage collections so far. Off by default.
/// </summary>
internal static class Timings
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("PRIVATETRAFFIC_TIMINGS") == "1";
    private static readonly Stopwatch Clock = Stopwatch.StartNew();
    private static TimeSpan _last;
    private static TimeSpan _lastCpu;

    public static void Mark(string phase)
    {
        if (!Enabled)
        {
            return;
        }

        var now = Clock.Elapsed;
        using var process = Process.GetCurrentProcess();
        var sinceStart = DateTime.Now - process.StartTime;
        var cpu = process.TotalProcessorTime;
        Console.Error.WriteLine($"timing: {phase,-12} {(now - _last).TotalMilliseconds,7:F0} ms wall {(cpu - _lastCpu).TotalMilliseconds,7:F0} ms CPU  (process {sinceStart.TotalMilliseconds:F0} ms; " +
            $"GCs so far {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} by generation 0/1/2, paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms)");
        (_last, _lastCpu) = (now, cpu);
    }
}
