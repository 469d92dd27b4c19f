using BenchmarkDotNet.Attributes;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Benchmarks.ValueModels;

/// <summary>
/// BG/NBD maximum-likelihood fits: on the 2,357 CDNOW customers (issue 5 target: under 5 ms) and on 1,000,000 simulated
/// customers (target: under 0.5 s, compression included).
/// </summary>
[MemoryDiagnoser]
public class BgNbdFitBenchmarks
{
    private RepeatPurchaseData _cdnow = null!;
    private double[] _x = [];
    private double[] _tx = [];
    private double[] _t = [];
    private RepeatPurchaseData _million = null!;

    [GlobalSetup]
    public void Setup()
    {
        var cdnow = ValueModelsBenchmarkData.Cdnow();
        var (x, tx, t) = cdnow ?? Sim(2357);
        _cdnow = RepeatPurchaseData.Create(x, tx, t, TimeUnit.Weeks);
        (_x, _tx, _t) = Sim(1_000_000);
        _million = RepeatPurchaseData.Create(_x, _tx, _t, TimeUnit.Weeks);

        static (double[], double[], double[]) Sim(int n)
        {
            var (x, tx, t, _) = ValueModelsBenchmarkData.Simulated(n, 42);
            return (x, tx, t);
        }
    }

    /// <summary>Fit on the compressed CDNOW sample (1,016 distinct rows).</summary>
    [Benchmark]
    public ModelFit<BgNbdParameters> FitCdnow() => BgNbdModel.Fit(_cdnow);

    /// <summary>Compress 1,000,000 customers and fit.</summary>
    [Benchmark]
    public ModelFit<BgNbdParameters> CompressAndFitMillion() => BgNbdModel.Fit(RepeatPurchaseData.Create(_x, _tx, _t, TimeUnit.Weeks));

    /// <summary>Fit 1,000,000 customers already compressed.</summary>
    [Benchmark]
    public ModelFit<BgNbdParameters> FitMillionCompressed() => BgNbdModel.Fit(_million);
}
