using BenchmarkDotNet.Attributes;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Benchmarks.ValueModels;

/// <summary>
/// Scoring 1,000,000 customers: P(alive), expected purchases, expected spend and a 12-month CLV discounted at 1% a month,
/// written into preallocated columns (issue 5 target: under 150 ms).
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private readonly LifetimeValueHorizon _horizon = LifetimeValueHorizon.Create(12, TimeUnit.Months, 0.01);
    private double[] _x = [];
    private double[] _tx = [];
    private double[] _t = [];
    private double[] _z = [];
    private double[] _alive = [];
    private double[] _expected = [];
    private double[] _spend = [];
    private double[] _value = [];

    [GlobalSetup]
    public void Setup()
    {
        (_x, _tx, _t, _z) = ValueModelsBenchmarkData.Simulated(1_000_000, 43);
        _alive = new double[_x.Length];
        _expected = new double[_x.Length];
        _spend = new double[_x.Length];
        _value = new double[_x.Length];
    }

    [Benchmark]
    public void ScoreMillion() => CustomerLifetimeValue.Score(
        ValueModelsBenchmarkData.Purchases, ValueModelsBenchmarkData.Spend, _horizon, _x, _tx, _t, _z, _alive, _expected, _spend, _value);
}
