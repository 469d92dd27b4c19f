using System.Linq;
using BenchmarkDotNet.Attributes;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Traffic;

namespace PrivateTraffic.Core.Benchmarks.Traffic;

/// <summary>
/// The sensitivity sweep: a grid of 20 conversions × 10 attritions × 10 capture costs (2,000 scenarios) over a weekly
/// horizon of a year (52 reaches), i.e. 104,000 scenario-reaches per call. Time is reported per scenario-reach.
/// Run: dotnet run -c Release --project tests/PrivateTraffic.Core.Benchmarks -- --filter '*TrafficSweep*' --job short
/// </summary>
[MemoryDiagnoser]
public class TrafficSweepBenchmarks
{
    private const int Scenarios = 20 * 10 * 10;
    private const int Reaches = 52;
    private const int ScenarioReaches = Scenarios * Reaches;

    private TrafficScenario _scenario = null!;
    private SensitivityGrid _grid = null!;
    private double[] _conversions = null!;
    private double[] _attritions = null!;
    private double[] _captures = null!;
    private int[] _crossover = null!;
    private double[] _costPerConversion = null!;

    [GlobalSetup]
    public void Setup()
    {
        var pool = PrivatePoolCostModel.Create(
            Money.Yuan(5m), Money.Yuan(3000m), Money.Yuan(0.2m), Money.Yuan(0m),
            Probability.FromPercent(2), Probability.FromPercent(2), Probability.FromPercent(10));
        _scenario = TrafficScenario.Create(10_000, pool, Money.Yuan(25m), Reaches, TimeUnit.Weeks);
        _grid = SensitivityGrid.Create(
            SensitivityGrid.Steps(Probability.FromPercent(0.5), Probability.FromPercent(10), 20),
            SensitivityGrid.Steps(Probability.Zero, Probability.FromPercent(20), 10),
            Enumerable.Range(0, 10).Select(i => Money.Yuan(i * 2m)));
        _conversions = _grid.Conversions.Select(p => p.Value).ToArray();
        _attritions = _grid.Attritions.Select(p => p.Value).ToArray();
        _captures = _grid.CaptureCosts.Select(m => m.ToDouble()).ToArray();
        _crossover = new int[Scenarios];
        _costPerConversion = new double[Scenarios];
    }

    /// <summary>The public call: validates, converts the grid's money once at the boundary, allocates the surface once.</summary>
    [Benchmark(OperationsPerInvoke = ScenarioReaches)]
    public CrossoverSurface Sweep() => TrafficEconomics.Sweep(_scenario, _grid);

    /// <summary>The per-scenario work alone, into preallocated outputs: must allocate nothing.</summary>
    [Benchmark(OperationsPerInvoke = ScenarioReaches)]
    public int SweepIntoPreallocated()
    {
        TrafficEconomics.SweepInto(PoolEconomicsKernelAccess.Inputs(_scenario), _conversions, _attritions, _captures, _crossover, _costPerConversion);
        return _crossover[^1];
    }
}
