using BenchmarkDotNet.Attributes;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Benchmarks.ValueModels;

/// <summary>
/// Scoring 1,000,000 customers: P(alive), expected purchases, expected spend and a 12-month CLV discounted at 1% a month,
/// written into reused <see cref="CustomerScores"/> columns (issue 5 target: under 150 ms). ScoreMillionFresh allocates
/// the four result columns on each call, as a caller that does not reuse them does.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private readonly LifetimeValueHorizon _horizon = LifetimeValueHorizon.Create(12, TimeUnit.Months, 0.01);
    private double[] _x = [];
    private double[] _tx = [];
    private double[] _t = [];
    private double[] _z = [];
    private CustomerScores _scores = CustomerScores.Allocate(0);

    [GlobalSetup]
    public void Setup()
    {
        (_x, _tx, _t, _z) = ValueModelsBenchmarkData.Simulated(1_000_000, 43);
        _scores = CustomerScores.Allocate(_x.Length);
    }

    [Benchmark]
    public CustomerScores ScoreMillion() => CustomerLifetimeValue.Score(
        ValueModelsBenchmarkData.Purchases, ValueModelsBenchmarkData.Spend, _horizon, _x, _tx, _t, _z, _scores);

    [Benchmark]
    public CustomerScores ScoreMillionFresh() => CustomerLifetimeValue.Score(
        ValueModelsBenchmarkData.Purchases, ValueModelsBenchmarkData.Spend, _horizon, _x, _tx, _t, _z);
}
