using System;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// Discounted customer lifetime value (客户终身价值, the money form of potential value 潜在价值) from a purchase model
/// (<see cref="IPurchaseModel"/>: BG/NBD or Pareto/NBD)
/// and a Gamma-Gamma spend model, for one customer or for a whole base given as columns.
/// </summary>
/// <remarks>
/// With period length L (the horizon's period in the model's unit), N periods and discount rate d per period,
/// CLV = E[Z | x, z̄] · Σ_{k=1..N} (E[Y(kL) | x, t_x, T] − E[Y((k−1)L) | x, t_x, T]) / (1+d)^k:
/// the purchases expected in each period, valued at the expected spend per purchase and discounted to today from the
/// end of the period. The value is revenue unless the spends the models were fitted on are margins. It uses that
/// E[Y(t) | x, t_x, T] = P(alive) · K(x, T, t), so the discounted sum of K is shared by all customers with the same
/// (x, T) and the batch scorer computes it once per distinct pair.
/// </remarks>
public static class CustomerLifetimeValue
{
    /// <summary>Customers per chunk below which the batch runs on the calling thread only.</summary>
    private const int ParallelThreshold = 65_536;

    /// <summary>
    /// The discounted expected number of purchases over the horizon (the CLV divided by the spend per purchase):
    /// Σ_k (E[Y(kL)] − E[Y((k−1)L)]) / (1+d)^k.
    /// </summary>
    /// <typeparam name="TModel">The purchase model's type: <see cref="BgNbdParameters"/>, <see cref="ParetoNbdParameters"/> or <see cref="IPurchaseModel"/>.</typeparam>
    /// <param name="purchases">The purchase model.</param>
    /// <param name="frequency">x, a whole number ≥ 0.</param>
    /// <param name="timeOfLastPurchase">t_x, the time of the last repeat purchase measured from the first, in the purchase model's unit.</param>
    /// <param name="age">T, in the purchase model's unit.</param>
    /// <param name="horizon">The horizon and discount rate.</param>
    /// <returns>The discounted expected purchases, ≥ 0.</returns>
    /// <exception cref="ArgumentException">An argument is out of range.</exception>
    public static double DiscountedPurchases<TModel>(TModel purchases, double frequency, double timeOfLastPurchase, double age, LifetimeValueHorizon horizon)
        where TModel : IPurchaseModel
    {
        RequireModel(purchases);
        Guard.Against.Null(horizon);
        RepeatPurchaseData.Validate(frequency, timeOfLastPurchase, age, 0);
        var (discounted, _) = AliveSums(purchases, frequency, age, horizon);
        return purchases.ProbabilityAliveUnchecked(frequency, timeOfLastPurchase, age) * discounted;
    }

    /// <summary>
    /// The discounted lifetime value of one customer as money, in the currency of their summary: the CLV formula of this
    /// class with x, t_x, T and z̄ taken from the summary, converted at the named boundary <see cref="Money.FromDouble"/>
    /// with the given rounding.
    /// </summary>
    /// <typeparam name="TModel">The purchase model's type: <see cref="BgNbdParameters"/>, <see cref="ParetoNbdParameters"/> or <see cref="IPurchaseModel"/>.</typeparam>
    /// <param name="purchases">The purchase model, in the summary's time unit.</param>
    /// <param name="spend">The spend model (q &gt; 1), fitted on amounts in the summary's currency.</param>
    /// <param name="customer">The customer's summary.</param>
    /// <param name="horizon">The horizon and discount rate.</param>
    /// <param name="rounding">How the value is rounded to the currency's minor unit.</param>
    /// <returns>The CLV, ≥ 0.</returns>
    /// <exception cref="DomainRuleException">The spend model has q ≤ 1 (<see cref="DomainRuleCodes.SpendMeanUndefined"/>).</exception>
    /// <exception cref="ArgumentException">The summary is default or in another time unit than the model, or an argument is out of range.</exception>
    public static Money Discounted<TModel>(TModel purchases, GammaGammaParameters spend, CustomerSummary customer, LifetimeValueHorizon horizon, MidpointRounding rounding)
        where TModel : IPurchaseModel
    {
        RequireModel(purchases);
        Guard.Against.Unmet(!customer.Customer.IsUnset, "The customer summary is default.", nameof(customer));
        PurchaseModelColumns.RequireSameUnit(purchases.Unit, customer.Unit);
        var perPurchase = GammaGammaModel.ExpectedSpend(spend, customer.Frequency, customer.MeanRepeatSpend.ToDouble());
        var purchasesWorth = DiscountedPurchases(purchases, customer.Frequency, customer.TimeOfLastPurchase, customer.Age, horizon);
        return Money.FromDouble(perPurchase * purchasesWorth, customer.MeanRepeatSpend.Currency, rounding);
    }

    /// <summary>
    /// Scores a customer base: P(alive), expected purchases over the whole horizon (N·L, undiscounted), expected spend
    /// per purchase and discounted CLV (as a double in the summaries' currency) per customer, row for row with the
    /// summaries. Nothing is allocated per customer; bases of 65,536 customers or more are split into one chunk per
    /// processor and scored in parallel.
    /// </summary>
    /// <typeparam name="TModel">The purchase model's type: <see cref="BgNbdParameters"/>, <see cref="ParetoNbdParameters"/> or <see cref="IPurchaseModel"/>.</typeparam>
    /// <param name="purchases">The purchase model, in the summaries' time unit.</param>
    /// <param name="spend">The spend model (q &gt; 1), fitted on amounts in the summaries' currency.</param>
    /// <param name="horizon">The horizon and discount rate.</param>
    /// <param name="customers">The customers.</param>
    /// <param name="into">Columns to reuse, of the summaries' count (<see cref="CustomerScores.Allocate"/>); null to allocate new ones.</param>
    /// <returns>The scores, with the summaries' customers (<paramref name="into"/> when given).</returns>
    /// <exception cref="DomainRuleException">The spend model has q ≤ 1 (<see cref="DomainRuleCodes.SpendMeanUndefined"/>).</exception>
    /// <exception cref="ArgumentException">The summaries are in another time unit than the model.</exception>
    public static CustomerScores Score<TModel>(
        TModel purchases, GammaGammaParameters spend, LifetimeValueHorizon horizon, CustomerSummaries customers, CustomerScores? into = null)
        where TModel : IPurchaseModel
    {
        RequireModel(purchases);
        Guard.Against.Null(customers);
        PurchaseModelColumns.RequireSameUnit(purchases.Unit, customers.Unit);
        var columns = new ScoreColumns(customers.FrequencyColumn, customers.TimeOfLastPurchaseColumn, customers.AgeColumn, customers.MonetaryValueColumn);
        return ScoreCore(purchases, spend, horizon, columns, customers.CustomerColumn, into);
    }

    /// <summary>
    /// Scores customers given as columns (x, t_x, T and z̄ made elsewhere, for example a partition of a distributed job):
    /// the same figures as <see cref="Score{TModel}(TModel, GammaGammaParameters, LifetimeValueHorizon, CustomerSummaries, CustomerScores)"/>,
    /// row for row with the columns, without customer ids.
    /// </summary>
    /// <typeparam name="TModel">The purchase model's type: <see cref="BgNbdParameters"/>, <see cref="ParetoNbdParameters"/> or <see cref="IPurchaseModel"/>.</typeparam>
    /// <param name="purchases">The purchase model.</param>
    /// <param name="spend">The spend model (q &gt; 1).</param>
    /// <param name="horizon">The horizon and discount rate.</param>
    /// <param name="frequency">x per customer.</param>
    /// <param name="timeOfLastPurchase">t_x per customer, the time of the last repeat purchase measured from the first, in the purchase model's unit.</param>
    /// <param name="age">T per customer, in the purchase model's unit.</param>
    /// <param name="meanSpend">z̄ per customer (ignored when x = 0; finite and ≥ 0 otherwise: a repeat buyer whose purchases were all free has z̄ = 0).</param>
    /// <param name="into">Columns to reuse, of the columns' length (<see cref="CustomerScores.Allocate"/>); null to allocate new ones.</param>
    /// <returns>The scores (<paramref name="into"/> when given).</returns>
    /// <exception cref="DomainRuleException">The spend model has q ≤ 1 (<see cref="DomainRuleCodes.SpendMeanUndefined"/>).</exception>
    /// <exception cref="ArgumentException">The columns differ in length or a customer's values are out of range.</exception>
    public static CustomerScores Score<TModel>(
        TModel purchases,
        GammaGammaParameters spend,
        LifetimeValueHorizon horizon,
        ReadOnlyMemory<double> frequency,
        ReadOnlyMemory<double> timeOfLastPurchase,
        ReadOnlyMemory<double> age,
        ReadOnlyMemory<double> meanSpend,
        CustomerScores? into = null)
        where TModel : IPurchaseModel
    {
        RequireModel(purchases);
        var n = frequency.Length;
        Guard.Against.Unmet(timeOfLastPurchase.Length == n && age.Length == n && meanSpend.Length == n, "All columns must have the same length.", nameof(meanSpend));
        return ScoreCore(purchases, spend, horizon, new ScoreColumns(frequency, timeOfLastPurchase, age, meanSpend), null, into);
    }

    private static CustomerScores ScoreCore<TModel>(TModel purchases, GammaGammaParameters spend, LifetimeValueHorizon horizon, ScoreColumns input, MemberId[]? customers, CustomerScores? into)
        where TModel : IPurchaseModel
    {
        Guard.Against.Null(horizon);
        GammaGammaModel.RequireFiniteMean(spend);
        var n = input.Frequency.Length;
        Guard.Against.Unmet(into is null || into.Count == n, $"The columns to reuse are for {into?.Count} customers, not {n}.", nameof(into));
        var scores = into ?? CustomerScores.Allocate(n);
        scores.Begin(customers, horizon);
        var chunks = n >= ParallelThreshold ? Environment.ProcessorCount : 1;
        var chunkSize = (n + chunks - 1) / Math.Max(chunks, 1);
        if (chunks == 1)
        {
            var cache = AliveSumsCache.Rent();
            try
            {
                ScoreChunk(purchases, spend, horizon, 0, n, input, scores, cache);
            }
            finally
            {
                cache.Return();
            }

            return scores;
        }

        ParallelWork.For(chunks, chunk =>
        {
            var start = chunk * chunkSize;
            var end = Math.Min(n, start + chunkSize);
            var cache = AliveSumsCache.Rent();
            try
            {
                ScoreChunk(purchases, spend, horizon, start, end, input, scores, cache);
            }
            finally
            {
                cache.Return();
            }
        });
        return scores;
    }

    private static void ScoreChunk<TModel>(
        TModel purchases, GammaGammaParameters spend, LifetimeValueHorizon horizon, int start, int end, ScoreColumns input, CustomerScores scores, AliveSumsCache cache)
        where TModel : IPurchaseModel
    {
        var frequency = input.Frequency.Span;
        var timeOfLastPurchase = input.TimeOfLastPurchase.Span;
        var age = input.Age.Span;
        var meanSpend = input.MeanSpend.Span;
        var alive = scores.AliveColumn;
        var expected = scores.PurchasesColumn;
        var perPurchase = scores.SpendColumn;
        var value = scores.ValueColumn;
        for (var i = start; i < end; i++)
        {
            var x = frequency[i];
            var t = age[i];
            RepeatPurchaseData.Validate(x, timeOfLastPurchase[i], t, i);
            if (x != 0.0 && !(meanSpend[i] >= 0.0 && double.IsFinite(meanSpend[i])))
            {
                ThrowBadMeanSpend(meanSpend[i], i);
            }

            if (!cache.TryGet(x, t, out var discounted, out var total))
            {
                (discounted, total) = AliveSums(purchases, x, t, horizon);
                cache.Add(x, t, discounted, total);
            }

            var p = purchases.ProbabilityAliveUnchecked(x, timeOfLastPurchase[i], t);
            var s = GammaGammaModel.ExpectedSpendCore(spend, x, meanSpend[i]);
            alive[i] = p;
            expected[i] = p * total;
            perPurchase[i] = s;
            value[i] = p * s * discounted;
        }
    }

    /// <summary>For a customer known to be alive: Σ_k (K(kL) − K((k−1)L))/(1+d)^k and K(N·L).</summary>
    private static (double Discounted, double Total) AliveSums<TModel>(TModel purchases, double x, double age, LifetimeValueHorizon horizon)
        where TModel : IPurchaseModel
    {
        var length = horizon.PeriodLengthIn(purchases.Unit);
        var factor = 1.0 / (1.0 + horizon.DiscountRate);
        var discount = 1.0;
        var previous = 0.0;
        var sum = 0.0;
        for (var k = 1; k <= horizon.Periods; k++)
        {
            discount *= factor;
            var current = purchases.AliveExpectedPurchases(x, age, k * length);
            sum += Math.Max(current - previous, 0.0) * discount;
            previous = Math.Max(previous, current);
        }

        return (sum, previous);
    }

    private static void ThrowBadMeanSpend(double meanSpend, int customer) =>
        throw new ArgumentOutOfRangeException(nameof(meanSpend), meanSpend, $"Customer {customer}: a repeat buyer's mean spend must be finite and ≥ 0.");

    private static void RequireModel<TModel>(TModel purchases)
        where TModel : IPurchaseModel
    {
        if (purchases is null)
        {
            throw new ArgumentNullException(nameof(purchases));
        }
    }

    /// <summary>The input columns of a score: x, t_x, T and z̄ per customer, of one length.</summary>
    private readonly record struct ScoreColumns(ReadOnlyMemory<double> Frequency, ReadOnlyMemory<double> TimeOfLastPurchase, ReadOnlyMemory<double> Age, ReadOnlyMemory<double> MeanSpend);
}
