using System;
using System.Diagnostics;

namespace PrivateTraffic.Cli;

/// <summary>
/// Where a run's time goes: with PRIVATETRAFFIC_TIMINGS=1 each phase's wall time (since the previous mark, and since
/// the process started, so runtime start-up shows too) is printed on standard error. Off by default.
/// </summary>
internal static class Timings
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("PRIVATETRAFFIC_TIMINGS") == "1";
    private static readonly Stopwatch Clock = Stopwatch.StartNew();
    private static TimeSpan _last;

    public static void Mark(string phase)
    {
        if (!Enabled)
        {
            return;
        }

        var now = Clock.Elapsed;
        var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        Console.Error.WriteLine($"timing: {phase,-12} {(now - _last).TotalMilliseconds,7:F0} ms  (process {sinceStart.TotalMilliseconds:F0} ms)");
        _last = now;
    }
}
