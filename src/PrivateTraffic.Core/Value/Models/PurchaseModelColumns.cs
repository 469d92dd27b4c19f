using System;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>The checks and starting values every purchase model shares, written once for both models.</summary>
internal static class PurchaseModelColumns
{
    /// <summary>The mean age T over the customers (a starting value for the fits), at least 1e-3; 1 when there are none.</summary>
    public static double MeanAge(RepeatPurchaseData data)
    {
        var sum = 0.0;
        var weight = data.Weight;
        var age = data.Age;
        for (var i = 0; i < data.RowCount; i++)
        {
            sum += weight[i] * age[i];
        }

        return data.CustomerCount > 0 ? Math.Max(sum / data.CustomerCount, 1e-3) : 1.0;
    }

    public static void RequireSameUnit(TimeUnit model, TimeUnit data) =>
        Guard.Against.Unmet(model == data, $"The model is in {model} but the data are in {data}; refit or convert the data.", nameof(data));

    public static void RequireLengths(int a, int b, int c, int d) =>
        Guard.Against.Unmet(a == b && a == c && a == d, "All columns must have the same length.", "destination");
}
