using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value.Models;

public sealed class ModelFitSessionTests
{
    private static readonly BgNbdParameters Truth = BgNbdParameters.Create(0.243, 4.414, 0.793, 2.426, TimeUnit.Weeks);

    /// <summary>A simulated base: ages uniform in 1..78 weeks, purchases drawn from the model (seeded).</summary>
    internal static (double[] X, double[] Tx, double[] T) Simulate(int customers, int seed)
    {
        var random = new Random(seed);
        var t = Enumerable.Range(0, customers).Select(_ => 1.0 + Math.Round(random.NextDouble() * 77.0, 2)).ToArray();
        var x = new double[customers];
        var tx = new double[customers];
        BgNbdModel.Simulate(Truth, t, random, x, tx);
        return (x, tx, t);
    }

    /// <summary>Splits the base into partitions by the given assignment (empty partitions are left out).</summary>
    internal static RepeatPurchaseData[] Split((double[] X, double[] Tx, double[] T) all, int[] partitionOf, int partitions) =>
        Enumerable.Range(0, partitions)
            .Select(p => Enumerable.Range(0, all.X.Length).Where(i => partitionOf[i] == p).ToArray())
            .Where(rows => rows.Length > 0)
            .Select(rows => RepeatPurchaseData.Create(rows.Select(i => all.X[i]).ToArray(), rows.Select(i => all.Tx[i]).ToArray(), rows.Select(i => all.T[i]).ToArray(), TimeUnit.Weeks))
            .ToArray();

    /// <summary>The coordinator's side: the mean age from the partitions' sums, then ask/tell until the fit ends.</summary>
    internal static ModelFitSession<TParameters> Drive<TParameters>(
        IReadOnlyList<RepeatPurchaseData> partitions, Func<int, double, ModelFitSession<TParameters>> begin)
        where TParameters : struct, IPurchaseModel
    {
        var customers = partitions.Sum(p => p.CustomerCount);
        var ageSum = partitions.Sum(p => SumOfAges(p));
        var session = begin(customers, customers > 0 ? ageSum / customers : 0.0);
        while (!session.IsFinished)
        {
            var at = session.NextParameters;
            session.Tell(partitions.Aggregate(default(LikelihoodContribution), (sum, p) => sum.Merge(at.Contribution(p))));
        }

        return session;
    }

    private static double SumOfAges(RepeatPurchaseData data)
    {
        var sum = 0.0;
        for (var i = 0; i < data.RowCount; i++)
        {
            sum += data.Weight[i] * data.Age[i];
        }

        return sum;
    }

    private static Arbitrary<(int Seed, int Partitions, int[] Assignment)> Partitionings { get; } =
        (from seed in Gen.Choose(0, int.MaxValue - 1)
         from partitions in Gen.Choose(1, 8)
         from assignment in Gen.ArrayOf(Gen.Choose(0, partitions - 1), 1000)
         select (seed, partitions, assignment)).ToArbitrary();

    [DeepProperty(runs: 30)]
    public Property A_fit_over_any_partitioning_equals_the_local_fit_for_both_count_models() =>
        Prop.ForAll(Partitionings, p =>
        {
            var all = Simulate(p.Assignment.Length, p.Seed);
            var whole = RepeatPurchaseData.Create(all.X, all.Tx, all.T, TimeUnit.Weeks);
            var parts = Split(all, p.Assignment, p.Partitions);

            AssertSameFit(BgNbdModel.Fit(whole), Drive(parts, (n, age) => BgNbdModel.BeginFit(n, age, TimeUnit.Weeks)).Result);
            AssertSameFit(ParetoNbdModel.Fit(whole), Drive(parts, (n, age) => ParetoNbdModel.BeginFit(n, age, TimeUnit.Weeks)).Result);
        });

    [SkippableFact]
    public void CDNOW_over_eight_partitions_gives_the_published_parameters_as_the_local_fit_does()
    {
        var cdnow = CdnowSummaries.Load();
        var all = (cdnow.Frequency, cdnow.Recency, cdnow.Age);
        var parts = Split(all, Enumerable.Range(0, cdnow.Frequency.Length).Select(i => i % 8).ToArray(), 8);

        var session = Drive(parts, (n, age) => BgNbdModel.BeginFit(n, age, TimeUnit.Weeks));
        AssertSameFit(BgNbdModel.Fit(cdnow.Data), session.Result);
        var fitted = session.Result.Parameters!.Value;
        Assert.Equal(0.243, fitted.R, 3);
        Assert.Equal(4.414, fitted.Alpha, 3);
        Assert.Equal(0.793, fitted.A, 3);
        Assert.Equal(2.426, fitted.B, 3);
        Assert.Equal(2357, session.Result.CustomerCount);
        Assert.InRange(session.Evaluations, session.Result.Iterations, 20 * session.Result.Iterations + 9);
    }

    [Fact]
    public void A_missing_partition_is_refused_and_changes_nothing()
    {
        var all = Simulate(200, 7);
        var parts = Split(all, Enumerable.Range(0, 200).Select(i => i % 2).ToArray(), 2);
        var session = BgNbdModel.BeginFit(200, all.T.Average(), TimeUnit.Weeks);
        var at = session.NextParameters;

        Assert.Throws<ArgumentException>(() => session.Tell(at.Contribution(parts[0])));
        Assert.Equal(0, session.Evaluations);
        Assert.Equal(at, session.NextParameters);
        Assert.Throws<InvalidOperationException>(() => session.Result);
    }

    [Fact]
    public void An_empty_base_finishes_at_once_as_the_local_fit_fails()
    {
        var session = BgNbdModel.BeginFit(0, 0.0, TimeUnit.Weeks);
        Assert.True(session.IsFinished);
        Assert.Equal(ModelFitStatus.NotIdentified, session.Result.Status);
        Assert.Throws<InvalidOperationException>(() => session.NextParameters);
        Assert.Throws<InvalidOperationException>(() => session.Tell(default));
        Assert.Throws<ArgumentOutOfRangeException>(() => BgNbdModel.BeginFit(-1, 1.0, TimeUnit.Weeks));
        Assert.Throws<ArgumentOutOfRangeException>(() => ParetoNbdModel.BeginFit(10, double.NaN, TimeUnit.Weeks));
    }

    /// <summary>
    /// Both fits end the same way (unless the data hardly identify the parameters); converged ones agree to 1e-9 relative in the log-likelihood, and in every parameter when
    /// the data identify the parameters (every standard error under half its estimate). Where they do not (a small base
    /// whose a and b run to 10⁶ along a flat ridge) no two optimizers agree on the parameters, whatever the precision.
    /// </summary>
    internal static void AssertSameFit<TParameters>(ModelFit<TParameters> local, ModelFit<TParameters> distributed)
        where TParameters : struct, IPurchaseModel
    {
        Assert.Equal(local.CustomerCount, distributed.CustomerCount);
        if (local.Status != distributed.Status)
        {
            // Only on a flat ridge may the paths part: one stops just inside the box and the other just outside it, or
            // one runs out of iterations where the other reaches the boundary (both then refuse to give parameters).
            var converged = local.IsConverged ? local : distributed;
            Assert.True(!converged.IsConverged || PoorlyIdentified(converged), $"{local.Status} vs {distributed.Status}: {local.Parameters} {distributed.Parameters}");
            return;
        }

        if (!local.IsConverged)
        {
            return;
        }

        Assert.True(Math.Abs(local.LogLikelihood!.Value - distributed.LogLikelihood!.Value) <= 1e-9 * Math.Abs(local.LogLikelihood.Value), $"LL {local.LogLikelihood:R} vs {distributed.LogLikelihood:R} at {local.Parameters} vs {distributed.Parameters}, se {string.Join(", ", local.StandardErrors!)}");
        if (PoorlyIdentified(local))
        {
            return;
        }

        var l = Values(local.Parameters!.Value);
        var d = Values(distributed.Parameters!.Value);

        for (var i = 0; i < l.Length; i++)
        {
            Assert.True(Math.Abs(l[i] - d[i]) <= 1e-9 * Math.Abs(l[i]), $"{local.Parameters} vs {distributed.Parameters}: parameter {i} differs by {Math.Abs(l[i] - d[i]) / Math.Abs(l[i]):G3} relative, iterations {local.Iterations} vs {distributed.Iterations}");
        }
    }

    /// <summary>
    /// The data hardly identify some parameter: its standard error is over half its estimate, or it is past e^±10 on its
    /// way to the boundary (Pareto/NBD's s and β grow together when nobody seems to leave).
    /// </summary>
    private static bool PoorlyIdentified<TParameters>(ModelFit<TParameters> fit)
        where TParameters : struct, IPurchaseModel
    {
        var values = Values(fit.Parameters!.Value);
        return Enumerable.Range(0, values.Length).Any(i => fit.StandardErrors![i] > 0.5 * values[i] || Math.Abs(Math.Log(values[i])) > 10.0);
    }

    private static double[] Values(IPurchaseModel model) => model switch
    {
        BgNbdParameters b => [b.R, b.Alpha, b.A, b.B],
        ParetoNbdParameters p => [p.R, p.Alpha, p.S, p.Beta],
        _ => throw new ArgumentOutOfRangeException(nameof(model)),
    };
}
