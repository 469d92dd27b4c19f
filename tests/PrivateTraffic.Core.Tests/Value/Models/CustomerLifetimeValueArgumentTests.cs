using System;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value.Models;

/// <summary>
/// Each wrong argument to the lifetime value's entry points is refused with an <see cref="ArgumentException"/> kind that
/// names it (the mutation run of the money-valued model code found these guards removable without a failing test,
/// issue 10).
/// </summary>
public sealed class CustomerLifetimeValueArgumentTests
{
    private static readonly BgNbdParameters Purchases = BgNbdModelTests.Published;
    private static readonly GammaGammaParameters Spend = GammaGammaModelTests.Published;
    private static readonly LifetimeValueHorizon Horizon = LifetimeValueHorizon.Create(12, TimeUnit.Months, 0.01);

    private static string? Name(Action call) => Assert.ThrowsAny<ArgumentException>(call).ParamName;

    [Fact]
    public void Discounted_purchases_name_the_wrong_argument()
    {
        Assert.Equal("purchases", Name(() => CustomerLifetimeValue.DiscountedPurchases<IPurchaseModel>(null!, 2, 30.43, 38.86, Horizon)));
        Assert.Equal("horizon", Name(() => CustomerLifetimeValue.DiscountedPurchases(Purchases, 2, 30.43, 38.86, null!)));
        Assert.Equal("frequency", Name(() => CustomerLifetimeValue.DiscountedPurchases(Purchases, -1, 30.43, 38.86, Horizon)));
        Assert.Equal("timeOfLastPurchase", Name(() => CustomerLifetimeValue.DiscountedPurchases(Purchases, 2, 40, 38.86, Horizon)));
    }

    [Fact]
    public void Scores_from_columns_name_the_wrong_argument()
    {
        double[] one = [2.0];
        double[] two = [2.0, 0.0];
        Assert.Equal("purchases", Name(() => CustomerLifetimeValue.Score<IPurchaseModel>(null!, Spend, Horizon, one, one, one, one)));
        Assert.Equal("meanSpend", Name(() => CustomerLifetimeValue.Score(Purchases, Spend, Horizon, two, one, one, one)));
        Assert.Equal("meanSpend", Name(() => CustomerLifetimeValue.Score(Purchases, Spend, Horizon, one, two, one, one)));
        Assert.Equal("meanSpend", Name(() => CustomerLifetimeValue.Score(Purchases, Spend, Horizon, one, one, two, one)));
        Assert.Equal("meanSpend", Name(() => CustomerLifetimeValue.Score(Purchases, Spend, Horizon, one, one, one, two)));
        Assert.Equal("horizon", Name(() => CustomerLifetimeValue.Score(Purchases, Spend, null!, one, one, one, one)));
        Assert.Equal("into", Name(() => CustomerLifetimeValue.Score(Purchases, Spend, Horizon, one, one, one, one, CustomerScores.Allocate(2))));
    }

    [Fact]
    public void Scores_of_summaries_name_the_wrong_argument()
    {
        Assert.Equal("customers", Name(() => CustomerLifetimeValue.Score(Purchases, Spend, Horizon, (CustomerSummaries)null!)));
        Assert.Equal("customer", Name(() => CustomerLifetimeValue.Discounted(Purchases, Spend, default, Horizon, MidpointRounding.ToEven)));
        Assert.Equal("purchases", Name(() => CustomerLifetimeValue.Score<IPurchaseModel>(null!, Spend, Horizon, (CustomerSummaries)null!)));
        var inDays = CustomerSummary.Create(
            MemberId.From("1"), new NodaTime.LocalDate(1997, 1, 1), new NodaTime.LocalDate(1997, 8, 2), 2,
            Money.Yuan(22.35m), Money.Yuan(74.02m), new NodaTime.LocalDate(1997, 9, 30), TimeUnit.Days);
        Assert.Equal("purchases", Name(() => CustomerLifetimeValue.Discounted<IPurchaseModel>(null!, Spend, inDays, Horizon, MidpointRounding.ToEven)));
        Assert.ThrowsAny<ArgumentException>(() => CustomerLifetimeValue.Discounted(Purchases, Spend, inDays, Horizon, MidpointRounding.ToEven));
    }

    [Fact]
    public void Customers_sharing_a_frequency_or_an_age_each_get_their_own_value()
    {
        // The scorer caches the sums that depend only on (x, T); a key matched on one half would hand a customer another's.
        double[] x = [2, 2, 0, 0, 3, 2];
        double[] tx = [30, 20, 0, 0, 10, 30];
        double[] t = [38.86, 50, 38.86, 60, 38.86, 38.86];
        double[] z = [22.35, 10, 0, 0, 5, 22.35];
        var scores = CustomerLifetimeValue.Score(Purchases, Spend, Horizon, x, tx, t, z);
        for (var i = 0; i < x.Length; i++)
        {
            var expected = CustomerLifetimeValue.DiscountedPurchases(Purchases, x[i], tx[i], t[i], Horizon) * GammaGammaModel.ExpectedSpend(Spend, x[i], z[i]);
            Assert.Equal(expected, scores.LifetimeValue[i], 1e-9 * (1 + expected));
        }

        Assert.Equal(scores.LifetimeValue[0], scores.LifetimeValue[5]);
    }

    [Fact]
    public void A_customer_out_of_range_in_the_columns_is_refused()
    {
        // The second row's last purchase lies after its age: the batch checks every row, not only the first.
        double[] x = [2, 2];
        double[] tx = [30, 60];
        double[] t = [38.86, 50];
        double[] z = [22.35, 10];
        Assert.Equal("timeOfLastPurchase", Name(() => CustomerLifetimeValue.Score(Purchases, Spend, Horizon, x, tx, t, z)));
    }

    [Fact]
    public void Columns_given_to_reuse_are_the_ones_filled_and_returned()
    {
        double[] x = [2, 0];
        double[] tx = [30, 0];
        double[] t = [38.86, 38.86];
        double[] z = [22.35, 0];
        var into = CustomerScores.Allocate(2);
        var scores = CustomerLifetimeValue.Score(Purchases, Spend, Horizon, x, tx, t, z, into);
        Assert.Same(into, scores);
        Assert.True(into.LifetimeValue[0] > 0);
    }
}
