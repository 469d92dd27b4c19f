using System;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Hardening;

/// <summary>Issue 10, "purchases the docs say cannot exist": the batch scorers refuse a customer listed twice and
/// figures no customer can have, naming the parameter, instead of shifting everyone else's band or quintile.</summary>
public sealed class BatchScoringFindingsTests
{
    private static readonly MemberId A = MemberId.From("a");
    private static readonly MemberId B = MemberId.From("b");

    [Fact]
    public void Value_bands_refuse_a_customer_listed_twice()
    {
        var ex = Assert.Throws<ArgumentException>(() => ValueQuantileLayering.Assign([A, B, A], [Money.Yuan(1m), Money.Yuan(2m), Money.Yuan(3m)]));
        Assert.Equal("customers", ex.ParamName);
        Assert.Contains("'a' appears twice", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rfm_scores_refuse_a_customer_listed_twice_a_negative_frequency_or_recency_and_NaN()
    {
        Assert.Equal("customers", Assert.Throws<ArgumentException>(() => RfmScore.ScoreAll([A, A], [1.0, 2.0], [1.0, 2.0], [1.0, 2.0])).ParamName);
        Assert.Equal("frequency", Assert.Throws<ArgumentException>(() => RfmScore.ScoreAll([A, B], [1.0, 2.0], [1.0, -2.0], [1.0, 2.0])).ParamName);
        Assert.Equal("daysSinceLastPurchase", Assert.Throws<ArgumentException>(() => RfmScore.ScoreAll([A, B], [-1.0, 2.0], [1.0, 2.0], [1.0, 2.0])).ParamName);
        Assert.Equal("monetary", Assert.Throws<ArgumentException>(() => RfmScore.ScoreAll([A, B], [1.0, 2.0], [1.0, 2.0], [1.0, double.NaN])).ParamName);
        Assert.Equal(2, RfmScore.ScoreAll([A, B], [0.0, 2.0], [0.0, 2.0], [-5.0, 2.0]).Length); // a refund can make spend negative
    }
}
