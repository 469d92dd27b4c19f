using System;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// The scores of a customer base under a purchase model and a spend model (客户价值评分), as named columns, row for row
/// with the input of <see cref="CustomerLifetimeValue.Score{TModel}(TModel, GammaGammaParameters, LifetimeValueHorizon, CustomerSummaries, CustomerScores)"/>:
/// P(alive), expected purchases over the horizon, expected spend per purchase and discounted lifetime value.
/// </summary>
/// <remarks>
/// Money figures are doubles in the currency of the spends the spend model was fitted on (revenue unless those spends
/// were margins); convert with <see cref="Money.FromDouble"/> at the boundary where money is needed. Row i of every
/// column is the customer at row i of the input. Each score allocates its four columns unless the caller passes
/// columns to reuse (<see cref="Allocate"/> and the <c>into</c> argument of <c>Score</c>): a batch job that scores
/// partition after partition then allocates nothing, and the reused object holds the latest score only. Not safe to
/// read while a score is writing into it.
/// </remarks>
public sealed class CustomerScores
{
    private MemberId[]? _customers;
    private readonly double[] _probabilityAlive;
    private readonly double[] _expectedPurchases;
    private readonly double[] _expectedSpend;
    private readonly double[] _lifetimeValue;

    private CustomerScores(int count)
    {
        _probabilityAlive = GC.AllocateUninitializedArray<double>(count);
        _expectedPurchases = GC.AllocateUninitializedArray<double>(count);
        _expectedSpend = GC.AllocateUninitializedArray<double>(count);
        _lifetimeValue = GC.AllocateUninitializedArray<double>(count);
    }

    /// <summary>The number of customers scored.</summary>
    public int Count => _probabilityAlive.Length;

    /// <summary>The horizon and discount rate (null until the columns are first scored into) of <see cref="ExpectedPurchases"/> and <see cref="LifetimeValue"/>.</summary>
    public LifetimeValueHorizon? Horizon { get; private set; }

    /// <summary>The customers, one per row, when the input was <see cref="CustomerSummaries"/>; empty when it was bare columns.</summary>
    public ReadOnlySpan<MemberId> Customers => _customers;

    /// <summary>P(alive) per customer: the probability that the customer is still active at the end of the calibration period, in [0, 1].</summary>
    public ReadOnlySpan<double> ProbabilityAlive => _probabilityAlive;

    /// <summary>E[Y(N·L) | x, t_x, T] per customer: the purchases expected over the whole horizon, undiscounted, ≥ 0.</summary>
    public ReadOnlySpan<double> ExpectedPurchases => _expectedPurchases;

    /// <summary>E[Z | x, z̄] per customer: the expected spend per purchase from the spend model, &gt; 0.</summary>
    public ReadOnlySpan<double> ExpectedSpend => _expectedSpend;

    /// <summary>The discounted customer lifetime value (客户终身价值) per customer over the horizon, ≥ 0.</summary>
    public ReadOnlySpan<double> LifetimeValue => _lifetimeValue;

    /// <summary>Columns for <paramref name="count"/> customers, to be filled (and refilled) by <c>CustomerLifetimeValue.Score</c>.</summary>
    /// <param name="count">The number of customers, ≥ 0.</param>
    /// <returns>Unscored columns (their values are unspecified until scored into).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public static CustomerScores Allocate(int count) => new(Guard.Against.BelowZero(count));

    /// <summary>Takes the columns for a new score: the customers (null for bare columns) and the horizon.</summary>
    internal void Begin(MemberId[]? customers, LifetimeValueHorizon horizon)
    {
        _customers = customers;
        Horizon = horizon;
    }

    internal Span<double> AliveColumn => _probabilityAlive;

    internal Span<double> PurchasesColumn => _expectedPurchases;

    internal Span<double> SpendColumn => _expectedSpend;

    internal Span<double> ValueColumn => _lifetimeValue;
}
