using System;
using FsCheck;
using FsCheck.Fluent;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Support;

public static partial class Generators
{
    #region Value models

    /// <summary>A value in [lo, hi] on a grid of 1/1000 of the range.</summary>
    private static Gen<double> Between(double lo, double hi) => Gen.Choose(0, 1000).Select(i => lo + ((hi - lo) * i / 1000.0));

    /// <summary>BG/NBD parameters in weeks over the range seen in practice (a crosses 1, where the expectation formula is 0/0).</summary>
    public static Gen<BgNbdParameters> BgNbdParametersGen { get; } =
        from r in Between(0.05, 5)
        from alpha in Between(0.5, 50)
        from a in Gen.Frequency((5, Between(0.1, 5)), (1, Gen.Constant(1.0)))
        from b in Between(0.2, 10)
        select BgNbdParameters.Create(r, alpha, a, b, TimeUnit.Weeks);

    /// <summary>Pareto/NBD parameters in weeks; α and β on both sides of each other (the two hypergeometric cases) and s across 1.</summary>
    public static Gen<ParetoNbdParameters> ParetoNbdParametersGen { get; } =
        from r in Between(0.05, 5)
        from alpha in Between(0.5, 50)
        from s in Gen.Frequency((5, Between(0.1, 5)), (1, Gen.Constant(1.0)))
        from beta in Between(0.5, 50)
        select ParetoNbdParameters.Create(r, alpha, s, beta, TimeUnit.Weeks);

    /// <summary>Gamma-Gamma parameters with q &gt; 1 (so that an expected spend exists).</summary>
    public static Gen<GammaGammaParameters> GammaGammaParametersGen { get; } =
        from p in Between(0.5, 10)
        from q in Between(1.1, 10)
        from gamma in Between(1, 100)
        select GammaGammaParameters.Create(p, q, gamma);

    /// <summary>
    /// One customer's (x, t_x, T, z̄) in weeks on a daily grid: mostly light buyers, sometimes heavy ones (up to 3,000
    /// repeat purchases), with t_x = 0 and t_x = T among the cases.
    /// </summary>
    public static Gen<(double X, double Tx, double T, double Zbar)> RepeatCustomerGen { get; } =
        from days in Gen.Choose(0, 700)
        from x in Gen.Frequency((6, Gen.Choose(0, 6)), (2, Gen.Choose(7, 60)), (1, Gen.Choose(61, 3000)))
        from lastDay in Gen.Frequency((4, Gen.Choose(0, days)), (1, Gen.Constant(days)), (1, Gen.Constant(0)))
        from cents in Gen.Choose(1, 100_000)
        select ((double)(days == 0 ? 0 : x), x == 0 || days == 0 ? 0.0 : lastDay / 7.0, days / 7.0, (x == 0 || days == 0) ? 0.0 : cents / 100.0);

    public static Arbitrary<(BgNbdParameters, (double X, double Tx, double T, double Zbar))> BgNbdCustomers { get; } =
        BgNbdParametersGen.SelectMany(_ => RepeatCustomerGen, (p, c) => (p, c)).ToArbitrary();

    public static Arbitrary<(ParetoNbdParameters, (double X, double Tx, double T, double Zbar))> ParetoNbdCustomers { get; } =
        ParetoNbdParametersGen.SelectMany(_ => RepeatCustomerGen, (p, c) => (p, c)).ToArbitrary();

    /// <summary>A small customer base (1 to 40 customers) as rows.</summary>
    public static Arbitrary<(double X, double Tx, double T, double Zbar)[]> CustomerBases { get; } =
        Gen.Choose(1, 40).SelectMany(n => RepeatCustomerGen.ArrayOf(n)).ToArbitrary();

    /// <summary>Either purchase model, behind the one interface.</summary>
    public static Gen<IPurchaseModel> PurchaseModelGen { get; } =
        Gen.OneOf(BgNbdParametersGen.Select(p => (IPurchaseModel)p), ParetoNbdParametersGen.Select(p => (IPurchaseModel)p));

    /// <summary>A purchase model (either) with a small customer base and two horizons h1 ≤ h2 in weeks.</summary>
    public static Arbitrary<(IPurchaseModel Model, (double X, double Tx, double T, double Zbar)[] Customers, double Shorter, double Longer)> PurchaseModelBases { get; } =
        (from model in PurchaseModelGen
         from n in Gen.Choose(1, 30)
         from customers in RepeatCustomerGen.ArrayOf(n)
         from a in Gen.Choose(0, 200)
         from b in Gen.Choose(0, 200)
         select (model, customers, Math.Min(a, b) / 4.0, Math.Max(a, b) / 4.0)).ToArbitrary();

    #endregion
}
