using System;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// What every purchase model (<see cref="IPurchaseModel"/>: BG/NBD or Pareto/NBD) answers, written once for both and
/// called on the model: <c>model.ProbabilityAlive(x, t_x, T)</c>. Each method is generic in the model, so a call on a
/// parameter struct is specialized for it and allocates nothing per customer.
/// </summary>
/// <remarks>
/// A customer is (x, t_x, T), in the model's <see cref="IPurchaseModel.Unit"/> and measured from the first purchase:
/// x repeat purchases (a whole number ≥ 0), the time of the last purchase t_x (0 when x = 0, else in [0, T]; not RFM's
/// recency, which is T − t_x), and the age T (finite, ≥ 0).
/// </remarks>
public static class PurchaseModelExtensions
{
    /// <summary>The probability that a customer with this history is still active (alive) at T.</summary>
    /// <typeparam name="TModel">The model's type.</typeparam>
    /// <param name="model">The model.</param>
    /// <param name="frequency">x, a whole number ≥ 0.</param>
    /// <param name="timeOfLastPurchase">t_x, in the model's unit: 0 when x = 0, else in [0, T].</param>
    /// <param name="age">T, in the model's unit.</param>
    /// <returns>A probability in [0, 1] (1 under BG/NBD when x = 0: its customers drop out only after a repeat purchase).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The customer's values break the conventions.</exception>
    /// <exception cref="DomainRuleException">The model has no finite answer at these parameters and values (<see cref="DomainRuleCodes.ModelNotFinite"/>).</exception>
    public static double ProbabilityAlive<TModel>(this TModel model, double frequency, double timeOfLastPurchase, double age)
        where TModel : IPurchaseModel
    {
        Guard.Against.Null(model);
        RepeatPurchaseData.Validate(frequency, timeOfLastPurchase, age, 0);
        return model.ProbabilityAliveUnchecked(frequency, timeOfLastPurchase, age);
    }

    /// <summary>
    /// The expected number of purchases in the next <paramref name="horizon"/>: E[Y(t) | x, t_x, T] = P(alive) · K(x, T, t),
    /// where K is the expectation of a customer known to be alive (each model's formula is in its class remarks).
    /// </summary>
    /// <typeparam name="TModel">The model's type.</typeparam>
    /// <param name="model">The model.</param>
    /// <param name="frequency">x, a whole number ≥ 0.</param>
    /// <param name="timeOfLastPurchase">t_x, in the model's unit.</param>
    /// <param name="age">T, in the model's unit.</param>
    /// <param name="horizon">t ≥ 0, in the model's unit.</param>
    /// <returns>The expected purchases, ≥ 0 and non-decreasing in the horizon.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    /// <exception cref="DomainRuleException">The model has no finite answer at these parameters and values (<see cref="DomainRuleCodes.ModelNotFinite"/>).</exception>
    public static double ExpectedPurchases<TModel>(this TModel model, double frequency, double timeOfLastPurchase, double age, double horizon)
        where TModel : IPurchaseModel
    {
        Guard.Against.Null(model);
        RepeatPurchaseData.Validate(frequency, timeOfLastPurchase, age, 0);
        Guard.Against.NegativeOrNotFinite(horizon);
        return model.ProbabilityAliveUnchecked(frequency, timeOfLastPurchase, age) * model.AliveExpectedPurchases(frequency, age, horizon);
    }

    /// <summary>The expected number of repeat purchases of a new customer in their first <paramref name="horizon"/>, E[X(t)].</summary>
    /// <typeparam name="TModel">The model's type.</typeparam>
    /// <param name="model">The model.</param>
    /// <param name="horizon">t ≥ 0, in the model's unit.</param>
    /// <returns>The expected purchases, ≥ 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The horizon is negative or not finite.</exception>
    /// <exception cref="DomainRuleException">The model has no finite answer at these parameters and values (<see cref="DomainRuleCodes.ModelNotFinite"/>).</exception>
    public static double UnconditionalExpectedPurchases<TModel>(this TModel model, double horizon)
        where TModel : IPurchaseModel
    {
        Guard.Against.Null(model);
        return model.AliveExpectedPurchases(0.0, 0.0, Guard.Against.NegativeOrNotFinite(horizon));
    }

    /// <summary>The log-likelihood of one customer (natural log, all constants included).</summary>
    /// <typeparam name="TModel">The model's type.</typeparam>
    /// <param name="model">The model.</param>
    /// <param name="frequency">x, a whole number ≥ 0.</param>
    /// <param name="timeOfLastPurchase">t_x, in the model's unit.</param>
    /// <param name="age">T, in the model's unit.</param>
    /// <returns>ln L.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The customer's values break the conventions.</exception>
    public static double LogLikelihood<TModel>(this TModel model, double frequency, double timeOfLastPurchase, double age)
        where TModel : IPurchaseModel
    {
        Guard.Against.Null(model);
        RepeatPurchaseData.Validate(frequency, timeOfLastPurchase, age, 0);
        return model.LogLikelihoodUnchecked(frequency, timeOfLastPurchase, age);
    }

    /// <summary>The total log-likelihood of a customer base: the sum of its customers' log-likelihoods.</summary>
    /// <typeparam name="TModel">The model's type.</typeparam>
    /// <param name="model">The model.</param>
    /// <param name="data">The customers, in the model's unit.</param>
    /// <returns>Σ ln L.</returns>
    /// <exception cref="ArgumentException">The data are null or in another unit.</exception>
    public static double LogLikelihood<TModel>(this TModel model, RepeatPurchaseData data)
        where TModel : IPurchaseModel
    {
        Guard.Against.Null(model);
        Guard.Against.Null(data);
        PurchaseModelColumns.RequireSameUnit(model.Unit, data.Unit);
        return model.LogLikelihood(data, Span<double>.Empty);
    }

    /// <summary>
    /// A partition's log-likelihood and its gradient (in <see cref="IModelParameters.ParameterNames"/> order), to be
    /// merged with other partitions' (<see cref="LikelihoodContribution.Merge"/>) in a distributed fit.
    /// </summary>
    /// <typeparam name="TModel">The model's type.</typeparam>
    /// <param name="model">The model.</param>
    /// <param name="partition">The partition's customers, in the model's unit.</param>
    /// <returns>The partition's contribution; its log-likelihood is the partition's total log-likelihood.</returns>
    /// <exception cref="ArgumentException">The data are null or in another unit.</exception>
    public static LikelihoodContribution Contribution<TModel>(this TModel model, RepeatPurchaseData partition)
        where TModel : IPurchaseModel
    {
        Guard.Against.Null(model);
        Guard.Against.Null(partition);
        PurchaseModelColumns.RequireSameUnit(model.Unit, partition.Unit);
        var gradient = new double[model.ParameterNames.Count];
        var logLikelihood = model.LogLikelihood(partition, gradient);
        return new LikelihoodContribution(logLikelihood, gradient, partition.CustomerCount);
    }

    /// <summary>P(alive) for each customer given as columns, into <paramref name="destination"/>.</summary>
    /// <typeparam name="TModel">The model's type.</typeparam>
    /// <param name="model">The model.</param>
    /// <param name="frequency">x per customer.</param>
    /// <param name="timeOfLastPurchase">t_x per customer, in the model's unit.</param>
    /// <param name="age">T per customer, in the model's unit.</param>
    /// <param name="destination">Receives one probability per customer.</param>
    /// <exception cref="ArgumentException">The lengths differ or a customer breaks the conventions.</exception>
    /// <exception cref="DomainRuleException">The model has no finite answer for some customer (<see cref="DomainRuleCodes.ModelNotFinite"/>); the destination may then hold the answers of the customers before it.</exception>
    public static void ProbabilityAlive<TModel>(this TModel model, ReadOnlySpan<double> frequency, ReadOnlySpan<double> timeOfLastPurchase, ReadOnlySpan<double> age, Span<double> destination)
        where TModel : IPurchaseModel
    {
        Guard.Against.Null(model);
        PurchaseModelColumns.RequireLengths(frequency.Length, timeOfLastPurchase.Length, age.Length, destination.Length);
        for (var i = 0; i < frequency.Length; i++)
        {
            RepeatPurchaseData.Validate(frequency[i], timeOfLastPurchase[i], age[i], i);
            destination[i] = model.ProbabilityAliveUnchecked(frequency[i], timeOfLastPurchase[i], age[i]);
        }
    }

    /// <summary>Expected purchases in the next <paramref name="horizon"/> for each customer given as columns, into <paramref name="destination"/>.</summary>
    /// <typeparam name="TModel">The model's type.</typeparam>
    /// <param name="model">The model.</param>
    /// <param name="frequency">x per customer.</param>
    /// <param name="timeOfLastPurchase">t_x per customer, in the model's unit.</param>
    /// <param name="age">T per customer, in the model's unit.</param>
    /// <param name="horizon">t ≥ 0, in the model's unit.</param>
    /// <param name="destination">Receives one expectation per customer.</param>
    /// <exception cref="ArgumentException">The lengths differ or an argument is out of range.</exception>
    /// <exception cref="DomainRuleException">The model has no finite answer for some customer (<see cref="DomainRuleCodes.ModelNotFinite"/>); the destination may then hold the answers of the customers before it.</exception>
    public static void ExpectedPurchases<TModel>(
        this TModel model, ReadOnlySpan<double> frequency, ReadOnlySpan<double> timeOfLastPurchase, ReadOnlySpan<double> age, double horizon, Span<double> destination)
        where TModel : IPurchaseModel
    {
        Guard.Against.Null(model);
        PurchaseModelColumns.RequireLengths(frequency.Length, timeOfLastPurchase.Length, age.Length, destination.Length);
        Guard.Against.NegativeOrNotFinite(horizon);
        for (var i = 0; i < frequency.Length; i++)
        {
            RepeatPurchaseData.Validate(frequency[i], timeOfLastPurchase[i], age[i], i);
            destination[i] = model.ProbabilityAliveUnchecked(frequency[i], timeOfLastPurchase[i], age[i]) * model.AliveExpectedPurchases(frequency[i], age[i], horizon);
        }
    }
}
