using System;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// The column forms of <see cref="IPurchaseModel"/> and the checks every purchase model shares, written once for
/// both models; generic over the parameter struct so that each model's loop is specialized and allocates nothing.
/// </summary>
internal static class PurchaseModelColumns
{
    public static void ProbabilityAlive<TModel>(TModel model, ReadOnlySpan<double> frequency, ReadOnlySpan<double> timeOfLastPurchase, ReadOnlySpan<double> age, Span<double> destination)
        where TModel : struct, IPurchaseModel
    {
        RequireLengths(frequency.Length, timeOfLastPurchase.Length, age.Length, destination.Length);
        for (var i = 0; i < frequency.Length; i++)
        {
            RepeatPurchaseData.Validate(frequency[i], timeOfLastPurchase[i], age[i], i);
            destination[i] = model.ProbabilityAliveUnchecked(frequency[i], timeOfLastPurchase[i], age[i]);
        }
    }

    public static void ExpectedPurchases<TModel>(
        TModel model, ReadOnlySpan<double> frequency, ReadOnlySpan<double> timeOfLastPurchase, ReadOnlySpan<double> age, double horizon, Span<double> destination)
        where TModel : struct, IPurchaseModel
    {
        RequireLengths(frequency.Length, timeOfLastPurchase.Length, age.Length, destination.Length);
        Guard.Against.NegativeOrNotFinite(horizon);
        for (var i = 0; i < frequency.Length; i++)
        {
            RepeatPurchaseData.Validate(frequency[i], timeOfLastPurchase[i], age[i], i);
            destination[i] = model.ProbabilityAliveUnchecked(frequency[i], timeOfLastPurchase[i], age[i]) * model.AliveExpectedPurchases(frequency[i], age[i], horizon);
        }
    }

    /// <summary>E[Y(t) | x, t_x, T] = P(alive) · K(x, T, t), after checking the customer and the horizon.</summary>
    public static double ExpectedPurchases<TModel>(TModel model, double frequency, double timeOfLastPurchase, double age, double horizon)
        where TModel : struct, IPurchaseModel
    {
        RepeatPurchaseData.Validate(frequency, timeOfLastPurchase, age, 0);
        Guard.Against.NegativeOrNotFinite(horizon);
        return model.ProbabilityAliveUnchecked(frequency, timeOfLastPurchase, age) * model.AliveExpectedPurchases(frequency, age, horizon);
    }

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
