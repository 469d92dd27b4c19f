using System;
using System.Collections.Generic;
using System.Linq;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value.Models;

/// <summary>
/// Every question asked of a purchase model refuses a wrong argument with an <see cref="ArgumentException"/> kind that
/// names it, and the compressed data keep every customer (the mutation run of the shared model code, issue 10, found
/// these checks removable without a failing test).
/// </summary>
public sealed class PurchaseModelArgumentTests
{
    private static readonly BgNbdParameters Bg = BgNbdModelTests.Published;
    private static readonly RepeatPurchaseData Data = RepeatPurchaseData.Create([0, 2], [0, 30.43], [38.86, 38.86], TimeUnit.Weeks);

    private static string? Name(Action call) => Assert.ThrowsAny<ArgumentException>(call).ParamName;

    [Fact]
    public void A_null_model_is_named()
    {
        IPurchaseModel model = null!;
        Assert.Equal("model", Name(() => model.ProbabilityAlive(2, 30, 38)));
        Assert.Equal("model", Name(() => model.ExpectedPurchases(2, 30, 38, 10)));
        Assert.Equal("model", Name(() => model.UnconditionalExpectedPurchases(10)));
        Assert.Equal("model", Name(() => model.LogLikelihood(2, 30, 38)));
        Assert.Equal("model", Name(() => model.LogLikelihood(Data)));
        Assert.Equal("model", Name(() => model.Contribution(Data)));
        Assert.Equal("model", Name(() => model.ProbabilityAlive([2.0], [30.0], [38.0], new double[1])));
        Assert.Equal("model", Name(() => model.ExpectedPurchases([2.0], [30.0], [38.0], 10, new double[1])));
    }

    [Fact]
    public void A_customer_out_of_range_is_named()
    {
        Assert.Equal("timeOfLastPurchase", Name(() => Bg.ProbabilityAlive(2, 40, 38)));
        Assert.Equal("frequency", Name(() => Bg.ExpectedPurchases(-1, 0, 38, 10)));
        Assert.Equal("horizon", Name(() => Bg.ExpectedPurchases(2, 30, 38, double.NaN)));
        Assert.Equal("age", Name(() => Bg.LogLikelihood(2, 30, double.NaN)));
        Assert.Equal("timeOfLastPurchase", Name(() => Bg.ProbabilityAlive([2.0, 2.0], [30.0, 40.0], [38.0, 38.0], new double[2])));
        Assert.Equal("frequency", Name(() => Bg.ExpectedPurchases([2.5], [30.0], [38.0], 10, new double[1])));
        Assert.Equal("horizon", Name(() => Bg.ExpectedPurchases([2.0], [30.0], [38.0], -1, new double[1])));
    }

    [Fact]
    public void Data_and_columns_are_checked_before_use()
    {
        Assert.Equal("data", Name(() => Bg.LogLikelihood((RepeatPurchaseData)null!)));
        Assert.Equal("partition", Name(() => Bg.Contribution(null!)));
        var inDays = RepeatPurchaseData.Create([1], [3], [10], TimeUnit.Days);
        Assert.Equal("data", Name(() => Bg.LogLikelihood(inDays)));
        Assert.Equal("data", Name(() => Bg.Contribution(inDays)));
        Assert.Equal("destination", Name(() => Bg.ProbabilityAlive([2.0], [30.0], [38.0], new double[2])));
        Assert.Equal("destination", Name(() => Bg.ExpectedPurchases([2.0], [30.0, 1.0], [38.0], 10, new double[1])));
    }

    [Theory]
    [InlineData(1e9, 0.0, 10.0, "frequency")]
    [InlineData(0.0, 0.0, double.PositiveInfinity, "age")]
    [InlineData(2.0, 1.0, double.NaN, "age")]
    [InlineData(0.0, 1.0, 10.0, "timeOfLastPurchase")]
    public void Repeat_purchase_data_name_the_customers_wrong_value(double x, double tx, double t, string parameter) =>
        Assert.Equal(parameter, Name(() => RepeatPurchaseData.Create([1.0, x], [1.0, tx], [5.0, t], TimeUnit.Weeks)));

    [Fact]
    public void Repeat_purchase_data_refuse_columns_of_different_lengths()
    {
        Assert.Equal("timeOfLastPurchase", Name(() => RepeatPurchaseData.Create([1.0, 2.0], [1.0, 2.0], [5.0], TimeUnit.Weeks)));
        Assert.Equal("timeOfLastPurchase", Name(() => RepeatPurchaseData.Create([1.0, 2.0], [1.0], [5.0, 6.0], TimeUnit.Weeks)));
    }

    [Fact]
    public void Compressed_data_keep_every_customer_once_through_the_tables_growth()
    {
        // 3,000 customers over 900 distinct (x, t_x, T): the row table starts at 1,024 slots and grows twice on the way.
        var random = new Random(5);
        var distinct = Enumerable.Range(0, 900).Select(i => (X: (double)(i % 7), T: 10.0 + (i / 7))).Select(c => (c.X, Tx: c.X == 0 ? 0.0 : c.T / 2, c.T)).ToArray();
        // Newest first, so that the order the table meets values in is not already ascending.
        var customers = Enumerable.Range(0, 3000).Select(i => distinct[i < 900 ? 899 - i : random.Next(900)]).ToArray();
        var data = RepeatPurchaseData.Create(customers.Select(c => c.X).ToArray(), customers.Select(c => c.Tx).ToArray(), customers.Select(c => c.T).ToArray(), TimeUnit.Weeks);

        Assert.Equal(900, data.RowCount);
        Assert.Equal(3000, data.CustomerCount);
        var counts = new Dictionary<(double, double, double), int>();
        foreach (var c in customers)
        {
            counts[c] = counts.GetValueOrDefault(c) + 1;
        }

        for (var row = 0; row < data.RowCount; row++)
        {
            Assert.Equal(counts[(data.Frequency[row], data.TimeOfLastPurchase[row], data.Age[row])], data.Weight[row]);
        }

        Assert.Equal(customers.Max(c => c.T), data.MaxAge);

        // The per-value caches are in ascending order, each value once, and every row points at its own value.
        Assert.Equal(customers.Select(c => c.T).Distinct().Order(), data.DistinctAges);
        Assert.Equal(customers.Select(c => c.X).Distinct().Order(), data.DistinctFrequencies);
        for (var row = 0; row < data.RowCount; row++)
        {
            Assert.Equal(data.Age[row], data.DistinctAges[data.AgeIndex[row]]);
        }
    }

    [Fact]
    public void The_fits_start_from_the_mean_age()
    {
        // Weighted by the rows' customers; at least 0.001 so that α starts positive; 1 with nobody.
        Assert.Equal((38.86 + 20 + 20) / 3, PurchaseModelColumns.MeanAge(RepeatPurchaseData.Create([0, 2, 2], [0, 10, 10], [38.86, 20, 20], TimeUnit.Weeks)), 12);
        Assert.Equal(1e-3, PurchaseModelColumns.MeanAge(RepeatPurchaseData.Create([0, 0], [0, 0], [0, 0], TimeUnit.Weeks)));
        Assert.Equal(1.0, PurchaseModelColumns.MeanAge(RepeatPurchaseData.Create([], [], [], TimeUnit.Weeks)));
    }
}
