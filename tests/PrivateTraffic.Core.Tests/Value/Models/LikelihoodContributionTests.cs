using FsCheck;
using System;
using System.Linq;
using FsCheck.Fluent;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value.Models;

public sealed class LikelihoodContributionTests
{
    private static RepeatPurchaseData Data((double X, double Tx, double T, double Zbar)[] rows) =>
        RepeatPurchaseData.Create(rows.Select(r => r.X).ToArray(), rows.Select(r => r.Tx).ToArray(), rows.Select(r => r.T).ToArray(), TimeUnit.Weeks);

    [DeepProperty]
    public Property Partitions_merge_to_the_whole_base_for_both_count_models() =>
        Prop.ForAll(
            Generators.Triple(Generators.CustomerBases, Gen.Choose(1, 39).ToArbitrary(), Generators.BgNbdCustomers),
            t =>
            {
                var (rows, cut, (bg, _)) = t;
                var split = Math.Min(cut, rows.Length - 1);
                var pareto = ParetoNbdParameters.Create(bg.R, bg.Alpha, bg.A, bg.B, TimeUnit.Weeks);
                var whole = Data(rows);
                var left = rows.Length > 1 ? Data(rows[..split]) : whole;
                var right = rows.Length > 1 ? Data(rows[split..]) : null;

                Check(bg.Contribution(whole), right is null ? bg.Contribution(left) : bg.Contribution(left).Merge(bg.Contribution(right)));
                Check(pareto.Contribution(whole), right is null ? pareto.Contribution(left) : pareto.Contribution(right).Merge(pareto.Contribution(left)));
                Assert.Equal(bg.LogLikelihood(whole), bg.Contribution(whole).LogLikelihood);
            });

    [Fact]
    public void The_empty_contribution_is_the_identity_and_models_do_not_mix()
    {
        var data = RepeatPurchaseData.Create([2.0, 0.0], [30.43, 0.0], [38.86, 38.86], TimeUnit.Weeks);
        var bg = BgNbdParameters.Create(0.243, 4.414, 0.793, 2.426, TimeUnit.Weeks).Contribution(data);
        Assert.Equal(bg.LogLikelihood, bg.Merge(default).LogLikelihood);
        Assert.Equal(bg.Gradient, default(LikelihoodContribution).Merge(bg).Gradient);
        Assert.Equal(2, bg.CustomerCount);
        Assert.Empty(default(LikelihoodContribution).Gradient);
    }

    [Fact]
    public void A_contribution_rebuilt_from_its_figures_is_the_same_and_the_empty_one_stays_empty()
    {
        var data = RepeatPurchaseData.Create([2.0, 0.0], [30.43, 0.0], [38.86, 38.86], TimeUnit.Weeks);
        var original = BgNbdParameters.Create(0.243, 4.414, 0.793, 2.426, TimeUnit.Weeks).Contribution(data);
        var rebuilt = LikelihoodContribution.Of(original.LogLikelihood, original.Gradient.ToArray(), original.CustomerCount);
        Assert.Equal(original.LogLikelihood, rebuilt.LogLikelihood);
        Assert.Equal(original.Gradient, rebuilt.Gradient);
        Assert.Equal(original.CustomerCount, rebuilt.CustomerCount);
        Assert.Empty(LikelihoodContribution.Of(0.0, [], 0).Gradient);
        Assert.Throws<ArgumentException>(() => LikelihoodContribution.Of(-1.0, [], 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => LikelihoodContribution.Of(-1.0, [1.0], -1));
    }

    [Fact]
    public void An_empty_partition_keeps_its_models_gradient_length_and_contributions_of_two_models_do_not_merge()
    {
        // A partition with no customers, evaluated by a four-parameter model, still says which model it belongs to.
        var none = LikelihoodContribution.Of(0.0, [0.0, 0.0, 0.0, 0.0], 0);
        Assert.Equal(4, none.Gradient.Count);
        var three = LikelihoodContribution.Of(-2.0, [1.0, 2.0, 3.0], 1);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => none.Merge(three)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => three.Merge(none)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => three.Merge(LikelihoodContribution.Of(-1.0, [1.0, 2.0], 1))).ParamName);
    }

    private static void Check(LikelihoodContribution whole, LikelihoodContribution merged)
    {
        Assert.Equal(whole.CustomerCount, merged.CustomerCount);
        Assert.True(Math.Abs(whole.LogLikelihood - merged.LogLikelihood) <= 1e-9 * (1 + Math.Abs(whole.LogLikelihood)), $"{whole.LogLikelihood} vs {merged.LogLikelihood}");
        for (var i = 0; i < 4; i++)
        {
            Assert.True(Math.Abs(whole.Gradient[i] - merged.Gradient[i]) <= 1e-7 * (1 + Math.Abs(whole.Gradient[i])), $"gradient {i}: {whole.Gradient[i]} vs {merged.Gradient[i]}");
        }
    }
}
