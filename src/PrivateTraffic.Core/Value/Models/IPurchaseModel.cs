using System;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// A fitted model of repeat purchasing (购买模型): BG/NBD (<see cref="BgNbdParameters"/>) or Pareto/NBD
/// (<see cref="ParetoNbdParameters"/>). Everything that scores or fits a customer base through this interface works
/// with either model, so the caller chooses the model once, where it is fitted or read. What a model answers (P(alive),
/// expected purchases, log-likelihood, likelihood contributions, and their column forms) is written once for both, in
/// <see cref="PurchaseModelExtensions"/>, and is called on the model: <c>model.ProbabilityAlive(2, 30.43, 38.86)</c>.
/// </summary>
/// <remarks>
/// <para>
/// A customer is described by three figures, all in <see cref="Unit"/> and measured from their first purchase:
/// the frequency x (repeat purchases, the first not counted), the time of the last purchase t_x (when the last
/// repeat purchase happened, 0 when x = 0; this is not RFM's recency, which is the time since the last purchase,
/// T − t_x) and the age T (the time from the first purchase to the end of the calibration period), with
/// 0 ≤ t_x ≤ T.
/// </para>
/// <para>
/// Implemented by the library's parameter structs only (its model members are internal). Calls on a struct are
/// specialized for it and allocate nothing; calls through the interface type box the struct once per call.
/// </para>
/// </remarks>
public interface IPurchaseModel : IModelParameters
{
    /// <summary>The time unit of the model's rates, and of every t_x, T and horizon used with it.</summary>
    TimeUnit Unit { get; }

    /// <summary>P(alive) without checking the customer's values (the caller has).</summary>
    internal double ProbabilityAliveUnchecked(double x, double timeOfLastPurchase, double age);

    /// <summary>E[Y(t) | alive at T, x]: the expectation of a customer known to be alive, which does not depend on t_x.</summary>
    internal double AliveExpectedPurchases(double x, double age, double horizon);

    /// <summary>ln L of one customer whose values the caller has checked.</summary>
    internal double LogLikelihoodUnchecked(double x, double timeOfLastPurchase, double age);

    /// <summary>Σ ln L over the data (in the model's unit), with its gradient in the parameters when <paramref name="gradient"/> is not empty.</summary>
    internal double LogLikelihood(RepeatPurchaseData data, Span<double> gradient);
}
