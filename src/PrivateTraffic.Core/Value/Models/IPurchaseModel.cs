using System;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// A fitted model of repeat purchasing (购买模型): BG/NBD (<see cref="BgNbdParameters"/>) or Pareto/NBD
/// (<see cref="ParetoNbdParameters"/>). Everything that scores or fits a customer base through this interface works
/// with either model, so the caller chooses the model once, where it is fitted or read.
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
/// Implemented by the library's parameter structs only (some members are internal). Calls through a generic
/// parameter constrained to this interface are specialized for the struct and allocate nothing; calls through the
/// interface type box the struct once per call.
/// </para>
/// </remarks>
public interface IPurchaseModel : IModelParameters
{
    /// <summary>The time unit of the model's rates, and of every t_x, T and horizon used with it.</summary>
    TimeUnit Unit { get; }

    /// <summary>The probability that a customer with this history is still active (alive) at T.</summary>
    /// <param name="frequency">x, a whole number ≥ 0.</param>
    /// <param name="timeOfLastPurchase">t_x, in <see cref="Unit"/>: 0 when x = 0, else in [0, T].</param>
    /// <param name="age">T, in <see cref="Unit"/>.</param>
    /// <returns>A probability in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">The customer's values break the conventions.</exception>
    double ProbabilityAlive(double frequency, double timeOfLastPurchase, double age);

    /// <summary>The expected number of purchases in the next <paramref name="horizon"/>, E[Y(t) | x, t_x, T].</summary>
    /// <param name="frequency">x, a whole number ≥ 0.</param>
    /// <param name="timeOfLastPurchase">t_x, in <see cref="Unit"/>.</param>
    /// <param name="age">T, in <see cref="Unit"/>.</param>
    /// <param name="horizon">t ≥ 0, in <see cref="Unit"/>.</param>
    /// <returns>The expected purchases, ≥ 0 and non-decreasing in the horizon.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    double ExpectedPurchases(double frequency, double timeOfLastPurchase, double age, double horizon);

    /// <summary>The expected number of repeat purchases of a new customer in their first <paramref name="horizon"/>, E[X(t)].</summary>
    /// <param name="horizon">t ≥ 0, in <see cref="Unit"/>.</param>
    /// <returns>The expected purchases, ≥ 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The horizon is negative or not finite.</exception>
    double UnconditionalExpectedPurchases(double horizon);

    /// <summary>The log-likelihood of one customer (natural log, all constants included).</summary>
    /// <param name="frequency">x, a whole number ≥ 0.</param>
    /// <param name="timeOfLastPurchase">t_x, in <see cref="Unit"/>.</param>
    /// <param name="age">T, in <see cref="Unit"/>.</param>
    /// <returns>ln L.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The customer's values break the conventions.</exception>
    double LogLikelihood(double frequency, double timeOfLastPurchase, double age);

    /// <summary>The total log-likelihood of a customer base: the sum of its customers' log-likelihoods.</summary>
    /// <param name="data">The customers, in <see cref="Unit"/>.</param>
    /// <returns>Σ ln L.</returns>
    /// <exception cref="ArgumentException">The data are null or in another unit.</exception>
    double LogLikelihood(RepeatPurchaseData data);

    /// <summary>
    /// A partition's log-likelihood and gradient (in <see cref="IModelParameters.ParameterNames"/> order), to be
    /// merged with other partitions' (<see cref="LikelihoodContribution.Merge"/>) in a distributed fit.
    /// </summary>
    /// <param name="partition">The partition's customers, in <see cref="Unit"/>.</param>
    /// <returns>The partition's contribution; its log-likelihood is <see cref="LogLikelihood(RepeatPurchaseData)"/>.</returns>
    /// <exception cref="ArgumentException">The data are null or in another unit.</exception>
    LikelihoodContribution Contribution(RepeatPurchaseData partition);

    /// <summary>P(alive) for each customer given as columns, into <paramref name="destination"/>.</summary>
    /// <param name="frequency">x per customer.</param>
    /// <param name="timeOfLastPurchase">t_x per customer, in <see cref="Unit"/>.</param>
    /// <param name="age">T per customer, in <see cref="Unit"/>.</param>
    /// <param name="destination">Receives one probability per customer.</param>
    /// <exception cref="ArgumentException">The lengths differ or a customer breaks the conventions.</exception>
    void ProbabilityAlive(ReadOnlySpan<double> frequency, ReadOnlySpan<double> timeOfLastPurchase, ReadOnlySpan<double> age, Span<double> destination);

    /// <summary>Expected purchases in the next <paramref name="horizon"/> for each customer given as columns, into <paramref name="destination"/>.</summary>
    /// <param name="frequency">x per customer.</param>
    /// <param name="timeOfLastPurchase">t_x per customer, in <see cref="Unit"/>.</param>
    /// <param name="age">T per customer, in <see cref="Unit"/>.</param>
    /// <param name="horizon">t ≥ 0, in <see cref="Unit"/>.</param>
    /// <param name="destination">Receives one expectation per customer.</param>
    /// <exception cref="ArgumentException">The lengths differ or an argument is out of range.</exception>
    void ExpectedPurchases(ReadOnlySpan<double> frequency, ReadOnlySpan<double> timeOfLastPurchase, ReadOnlySpan<double> age, double horizon, Span<double> destination);

    /// <summary>P(alive) without checking the customer's values (the caller has).</summary>
    internal double ProbabilityAliveUnchecked(double x, double timeOfLastPurchase, double age);

    /// <summary>E[Y(t) | alive at T, x]: the expectation of a customer known to be alive, which does not depend on t_x.</summary>
    internal double AliveExpectedPurchases(double x, double age, double horizon);
}
