using System;
using System.Buffers;
using System.Threading.Tasks;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// Discounted customer lifetime value (客户终身价值, the money form of potential value 潜在价值) from a BG/NBD or Pareto/NBD purchase model
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

    /// <summary>Entries of each worker's (x, T) cache.</summary>
    private const int CacheSize = 8192;

    /// <summary>The discounted expected number of purchases over the horizon (the CLV divided by the spend per purchase).</summary>
    /// <param name="purchases">The purchase model.</param>
    /// <param name="frequency">x, a whole number ≥ 0.</param>
    /// <param name="recency">t_x, in the purchase model's unit.</param>
    /// <param name="age">T, in the purchase model's unit.</param>
    /// <param name="horizon">The horizon and discount rate.</param>
    /// <returns>Σ_k (E[Y(kL)] − E[Y((k−1)L)]) / (1+d)^k, ≥ 0.</returns>
    /// <exception cref="ArgumentException">An argument is out of range.</exception>
    public static double DiscountedPurchases(BgNbdParameters purchases, double frequency, double recency, double age, LifetimeValueHorizon horizon) =>
        DiscountedPurchasesCore(new BgNbdPurchases(purchases), frequency, recency, age, horizon);

    /// <summary>The discounted expected number of purchases over the horizon under the Pareto/NBD model (same formula).</summary>
    /// <param name="purchases">The purchase model.</param>
    /// <param name="frequency">x, a whole number ≥ 0.</param>
    /// <param name="recency">t_x, in the purchase model's unit.</param>
    /// <param name="age">T, in the purchase model's unit.</param>
    /// <param name="horizon">The horizon and discount rate.</param>
    /// <returns>Σ_k (E[Y(kL)] − E[Y((k−1)L)]) / (1+d)^k, ≥ 0.</returns>
    /// <exception cref="ArgumentException">An argument is out of range.</exception>
    public static double DiscountedPurchases(ParetoNbdParameters purchases, double frequency, double recency, double age, LifetimeValueHorizon horizon) =>
        DiscountedPurchasesCore(new ParetoNbdPurchases(purchases), frequency, recency, age, horizon);

    /// <summary>
    /// The discounted lifetime value of one customer as money: the CLV formula of this class, converted at the named
    /// boundary <see cref="Money.FromDouble"/> with the given rounding.
    /// </summary>
    /// <param name="purchases">The purchase model.</param>
    /// <param name="spend">The spend model (q &gt; 1), fitted on amounts in <paramref name="currency"/>.</param>
    /// <param name="frequency">x, a whole number ≥ 0.</param>
    /// <param name="recency">t_x, in the purchase model's unit.</param>
    /// <param name="age">T, in the purchase model's unit.</param>
    /// <param name="meanSpend">z̄, the mean of the repeat purchases (ignored when x = 0).</param>
    /// <param name="horizon">The horizon and discount rate.</param>
    /// <param name="currency">The currency of the spends.</param>
    /// <param name="rounding">How the value is rounded to the currency's minor unit.</param>
    /// <returns>The CLV, ≥ 0.</returns>
    /// <exception cref="DomainRuleException">The spend model has q ≤ 1 (<see cref="DomainRuleCodes.SpendMeanUndefined"/>).</exception>
    /// <exception cref="ArgumentException">An argument is out of range.</exception>
    public static Money Discounted(
        BgNbdParameters purchases,
        GammaGammaParameters spend,
        double frequency,
        double recency,
        double age,
        double meanSpend,
        LifetimeValueHorizon horizon,
        Currency currency,
        MidpointRounding rounding)
    {
        var perPurchase = GammaGammaModel.ExpectedSpend(spend, frequency, meanSpend);
        return Money.FromDouble(perPurchase * DiscountedPurchases(purchases, frequency, recency, age, horizon), currency, rounding);
    }

    /// <summary>The discounted lifetime value of one customer as money under the Pareto/NBD model (same formula and boundary).</summary>
    /// <param name="purchases">The purchase model.</param>
    /// <param name="spend">The spend model (q &gt; 1), fitted on amounts in <paramref name="currency"/>.</param>
    /// <param name="frequency">x, a whole number ≥ 0.</param>
    /// <param name="recency">t_x, in the purchase model's unit.</param>
    /// <param name="age">T, in the purchase model's unit.</param>
    /// <param name="meanSpend">z̄, the mean of the repeat purchases (ignored when x = 0).</param>
    /// <param name="horizon">The horizon and discount rate.</param>
    /// <param name="currency">The currency of the spends.</param>
    /// <param name="rounding">How the value is rounded to the currency's minor unit.</param>
    /// <returns>The CLV, ≥ 0.</returns>
    /// <exception cref="DomainRuleException">The spend model has q ≤ 1 (<see cref="DomainRuleCodes.SpendMeanUndefined"/>).</exception>
    /// <exception cref="ArgumentException">An argument is out of range.</exception>
    public static Money Discounted(
        ParetoNbdParameters purchases,
        GammaGammaParameters spend,
        double frequency,
        double recency,
        double age,
        double meanSpend,
        LifetimeValueHorizon horizon,
        Currency currency,
        MidpointRounding rounding)
    {
        var perPurchase = GammaGammaModel.ExpectedSpend(spend, frequency, meanSpend);
        return Money.FromDouble(perPurchase * DiscountedPurchases(purchases, frequency, recency, age, horizon), currency, rounding);
    }

    /// <summary>
    /// Scores a customer base given as columns: P(alive), expected purchases over the whole horizon (N·L, undiscounted),
    /// expected spend per purchase and discounted CLV (as a double in the spend's money units) per customer, written
    /// into the caller's columns. Nothing is allocated per customer; bases of 65,536 customers or more are split into
    /// one chunk per processor and scored in parallel.
    /// </summary>
    /// <param name="purchases">The purchase model.</param>
    /// <param name="spend">The spend model (q &gt; 1).</param>
    /// <param name="horizon">The horizon and discount rate.</param>
    /// <param name="frequency">x per customer.</param>
    /// <param name="recency">t_x per customer, in the purchase model's unit.</param>
    /// <param name="age">T per customer, in the purchase model's unit.</param>
    /// <param name="meanSpend">z̄ per customer (ignored when x = 0).</param>
    /// <param name="probabilityAlive">Receives P(alive).</param>
    /// <param name="expectedPurchases">Receives E[Y(N·L) | x, t_x, T].</param>
    /// <param name="expectedSpend">Receives E[Z | x, z̄].</param>
    /// <param name="lifetimeValue">Receives the discounted CLV.</param>
    /// <exception cref="DomainRuleException">The spend model has q ≤ 1 (<see cref="DomainRuleCodes.SpendMeanUndefined"/>).</exception>
    /// <exception cref="ArgumentException">The columns differ in length or a customer's values are out of range.</exception>
    public static void Score(
        BgNbdParameters purchases,
        GammaGammaParameters spend,
        LifetimeValueHorizon horizon,
        ReadOnlyMemory<double> frequency,
        ReadOnlyMemory<double> recency,
        ReadOnlyMemory<double> age,
        ReadOnlyMemory<double> meanSpend,
        Memory<double> probabilityAlive,
        Memory<double> expectedPurchases,
        Memory<double> expectedSpend,
        Memory<double> lifetimeValue) =>
        ScoreCore(new BgNbdPurchases(purchases), spend, horizon, frequency, recency, age, meanSpend, probabilityAlive, expectedPurchases, expectedSpend, lifetimeValue);

    /// <summary>
    /// Scores a customer base given as columns under the Pareto/NBD model: P(alive), expected purchases over the whole horizon (N·L, undiscounted),
    /// expected spend per purchase and discounted CLV (as a double in the spend's money units) per customer, written
    /// into the caller's columns. Nothing is allocated per customer; bases of 65,536 customers or more are split into
    /// one chunk per processor and scored in parallel.
    /// </summary>
    /// <param name="purchases">The purchase model.</param>
    /// <param name="spend">The spend model (q &gt; 1).</param>
    /// <param name="horizon">The horizon and discount rate.</param>
    /// <param name="frequency">x per customer.</param>
    /// <param name="recency">t_x per customer, in the purchase model's unit.</param>
    /// <param name="age">T per customer, in the purchase model's unit.</param>
    /// <param name="meanSpend">z̄ per customer (ignored when x = 0).</param>
    /// <param name="probabilityAlive">Receives P(alive).</param>
    /// <param name="expectedPurchases">Receives E[Y(N·L) | x, t_x, T].</param>
    /// <param name="expectedSpend">Receives E[Z | x, z̄].</param>
    /// <param name="lifetimeValue">Receives the discounted CLV.</param>
    /// <exception cref="DomainRuleException">The spend model has q ≤ 1 (<see cref="DomainRuleCodes.SpendMeanUndefined"/>).</exception>
    /// <exception cref="ArgumentException">The columns differ in length or a customer's values are out of range.</exception>
    public static void Score(
        ParetoNbdParameters purchases,
        GammaGammaParameters spend,
        LifetimeValueHorizon horizon,
        ReadOnlyMemory<double> frequency,
        ReadOnlyMemory<double> recency,
        ReadOnlyMemory<double> age,
        ReadOnlyMemory<double> meanSpend,
        Memory<double> probabilityAlive,
        Memory<double> expectedPurchases,
        Memory<double> expectedSpend,
        Memory<double> lifetimeValue) =>
        ScoreCore(new ParetoNbdPurchases(purchases), spend, horizon, frequency, recency, age, meanSpend, probabilityAlive, expectedPurchases, expectedSpend, lifetimeValue);

    private static void ScoreCore<TModel>(
        TModel purchases,
        GammaGammaParameters spend,
        LifetimeValueHorizon horizon,
        ReadOnlyMemory<double> frequency,
        ReadOnlyMemory<double> recency,
        ReadOnlyMemory<double> age,
        ReadOnlyMemory<double> meanSpend,
        Memory<double> probabilityAlive,
        Memory<double> expectedPurchases,
        Memory<double> expectedSpend,
        Memory<double> lifetimeValue)
        where TModel : struct, IPurchaseModel
    {
        Guard.Against.Null(horizon);
        GammaGammaModel.RequireFiniteMean(spend);
        var n = frequency.Length;
        Guard.Against.Unmet(
            recency.Length == n && age.Length == n && meanSpend.Length == n && probabilityAlive.Length == n
                && expectedPurchases.Length == n && expectedSpend.Length == n && lifetimeValue.Length == n,
            "All columns must have the same length.",
            nameof(lifetimeValue));
        var chunks = n >= ParallelThreshold ? Environment.ProcessorCount : 1;
        var chunkSize = (n + chunks - 1) / Math.Max(chunks, 1);
        if (chunks == 1)
        {
            var cache = ScoreCache.Rent();
            try
            {
                ScoreChunk(purchases, spend, horizon, 0, n, frequency, recency, age, meanSpend, probabilityAlive, expectedPurchases, expectedSpend, lifetimeValue, cache);
            }
            finally
            {
                cache.Return();
            }

            return;
        }

        Parallel.For(0, chunks, chunk =>
        {
            var start = chunk * chunkSize;
            var end = Math.Min(n, start + chunkSize);
            var cache = ScoreCache.Rent();
            try
            {
                ScoreChunk(purchases, spend, horizon, start, end, frequency, recency, age, meanSpend, probabilityAlive, expectedPurchases, expectedSpend, lifetimeValue, cache);
            }
            finally
            {
                cache.Return();
            }
        });
    }

    private static void ScoreChunk<TModel>(
        TModel purchases,
        GammaGammaParameters spend,
        LifetimeValueHorizon horizon,
        int start,
        int end,
        ReadOnlyMemory<double> frequencyColumn,
        ReadOnlyMemory<double> recencyColumn,
        ReadOnlyMemory<double> ageColumn,
        ReadOnlyMemory<double> meanSpendColumn,
        Memory<double> aliveColumn,
        Memory<double> purchasesColumn,
        Memory<double> spendColumn,
        Memory<double> valueColumn,
        ScoreCache cache)
        where TModel : struct, IPurchaseModel
    {
        var frequency = frequencyColumn.Span;
        var recency = recencyColumn.Span;
        var age = ageColumn.Span;
        var meanSpend = meanSpendColumn.Span;
        var alive = aliveColumn.Span;
        var expected = purchasesColumn.Span;
        var perPurchase = spendColumn.Span;
        var value = valueColumn.Span;
        for (var i = start; i < end; i++)
        {
            var x = frequency[i];
            var t = age[i];
            RepeatPurchaseData.Validate(x, recency[i], t, i);
            if (x != 0.0 && !(meanSpend[i] > 0.0 && double.IsFinite(meanSpend[i])))
            {
                throw new ArgumentOutOfRangeException(nameof(meanSpendColumn), meanSpend[i], $"Customer {i}: a repeat buyer's mean spend must be finite and > 0.");
            }

            if (!cache.TryGet(x, t, out var discounted, out var total))
            {
                (discounted, total) = AliveSums(purchases, x, t, horizon);
                cache.Add(x, t, discounted, total);
            }

            var p = purchases.ProbabilityAlive(x, recency[i], t);
            var s = GammaGammaModel.ExpectedSpendCore(spend, x, meanSpend[i]);
            alive[i] = p;
            expected[i] = p * total;
            perPurchase[i] = s;
            value[i] = p * s * discounted;
        }
    }

    /// <summary>For a customer known to be alive: Σ_k (K(kL) − K((k−1)L))/(1+d)^k and K(N·L).</summary>
    private static (double Discounted, double Total) AliveSums<TModel>(TModel purchases, double x, double age, LifetimeValueHorizon horizon)
        where TModel : struct, IPurchaseModel
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

    private static double DiscountedPurchasesCore<TModel>(TModel purchases, double frequency, double recency, double age, LifetimeValueHorizon horizon)
        where TModel : struct, IPurchaseModel
    {
        Guard.Against.Null(horizon);
        RepeatPurchaseData.Validate(frequency, recency, age, 0);
        var (discounted, _) = AliveSums(purchases, frequency, age, horizon);
        return purchases.ProbabilityAlive(frequency, recency, age) * discounted;
    }

    /// <summary>
    /// A purchase model as the CLV needs it: E[Y(t) | x, t_x, T] = P(alive | x, t_x, T) · K(x, T, t), where K is the
    /// expectation of a customer known to be alive. Implemented by structs so that the generic code is specialized.
    /// </summary>
    private interface IPurchaseModel
    {
        TimeUnit Unit { get; }

        double ProbabilityAlive(double x, double recency, double age);

        double AliveExpectedPurchases(double x, double age, double horizon);
    }

    private readonly struct BgNbdPurchases(BgNbdParameters parameters) : IPurchaseModel
    {
        public TimeUnit Unit => parameters.Unit;

        public double ProbabilityAlive(double x, double recency, double age) => BgNbdModel.ProbabilityAliveCore(parameters, x, recency, age);

        public double AliveExpectedPurchases(double x, double age, double horizon) => BgNbdModel.AliveExpectedPurchases(parameters, x, age, horizon);
    }

    private readonly struct ParetoNbdPurchases(ParetoNbdParameters parameters) : IPurchaseModel
    {
        public TimeUnit Unit => parameters.Unit;

        public double ProbabilityAlive(double x, double recency, double age) => ParetoNbdModel.ProbabilityAliveCore(parameters, x, recency, age);

        public double AliveExpectedPurchases(double x, double age, double horizon) => ParetoNbdModel.AliveExpectedPurchases(parameters, x, age, horizon);
    }

    /// <summary>An open-addressing table from (x, T) to the customer-independent sums, rented from the shared pool.</summary>
    private sealed class ScoreCache
    {
        private const int MaxProbes = 8;
        private double[] _keys = [];
        private double[] _values = [];

        public static ScoreCache Rent()
        {
            var cache = new ScoreCache
            {
                _keys = ArrayPool<double>.Shared.Rent(2 * CacheSize),
                _values = ArrayPool<double>.Shared.Rent(2 * CacheSize),
            };
            Array.Fill(cache._keys, -1.0, 0, 2 * CacheSize);
            return cache;
        }

        public void Return()
        {
            ArrayPool<double>.Shared.Return(_keys);
            ArrayPool<double>.Shared.Return(_values);
        }

        public bool TryGet(double x, double t, out double discounted, out double total)
        {
            var slot = Slot(x, t);
            for (var probe = 0; probe < MaxProbes; probe++, slot = (slot + 1) & (CacheSize - 1))
            {
                var k = _keys[2 * slot];
                if (k == -1.0)
                {
                    break;
                }

                if (k == x && _keys[(2 * slot) + 1] == t)
                {
                    discounted = _values[2 * slot];
                    total = _values[(2 * slot) + 1];
                    return true;
                }
            }

            discounted = 0.0;
            total = 0.0;
            return false;
        }

        public void Add(double x, double t, double discounted, double total)
        {
            var slot = Slot(x, t);
            for (var probe = 0; probe < MaxProbes; probe++, slot = (slot + 1) & (CacheSize - 1))
            {
                if (_keys[2 * slot] == -1.0)
                {
                    _keys[2 * slot] = x;
                    _keys[(2 * slot) + 1] = t;
                    _values[2 * slot] = discounted;
                    _values[(2 * slot) + 1] = total;
                    return;
                }
            }

            // The neighbourhood is full: the pair is simply recomputed next time.
        }

        private static int Slot(double x, double t)
        {
            var h = (ulong)BitConverter.DoubleToInt64Bits(t) * 0x9E3779B97F4A7C15UL;
            h ^= (ulong)BitConverter.DoubleToInt64Bits(x) * 0xC2B2AE3D27D4EB4FUL;
            return (int)(h >> 51) & (CacheSize - 1);
        }
    }
}
