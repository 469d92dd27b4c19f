using PrivateTraffic.Core.Traffic;

namespace PrivateTraffic.Core.Benchmarks.Traffic;

/// <summary>Reaches the internal kernel's input conversion (the benchmarks see the library's internals).</summary>
internal static class PoolEconomicsKernelAccess
{
    public static PoolEconomicsKernel.Inputs Inputs(TrafficScenario scenario) => PoolEconomicsKernel.From(scenario);
}
