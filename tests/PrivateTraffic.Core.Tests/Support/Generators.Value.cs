using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Support;

public static partial class Generators
{
    #region Value

    /// <summary>The first day of the value generators' calendar; purchases fall in the 400 days after it.</summary>
    public static LocalDate ValueEpoch { get; } = new(2024, 1, 1);

    /// <summary>A purchase by one of a few customers (so that repeats and same-day purchases are common), in yuan,
    /// with a margin below the amount and a category most of the time.</summary>
    public static Gen<Purchase> PurchaseGen { get; } =
        Gen.Choose(0, 11).SelectMany(_ => Gen.Choose(0, 400), (c, d) => (c, d))
            .SelectMany(_ => Gen.Choose(0, 500_000), (cd, fen) => (cd.c, cd.d, fen))
            .SelectMany(_ => Gen.Choose(-20, 100), (t, pct) => (t.c, t.d, t.fen, pct))
            .SelectMany(_ => Gen.Elements<string?>(null, "tea", "茶叶", "gift"), (t, category) =>
            {
                var amount = Money.FromMinorUnits(t.fen, Currency.CNY);
                var margin = t.pct < 0 ? (Money?)null : Money.FromMinorUnits(t.fen * t.pct / 100, Currency.CNY);
                return Purchase.On(MemberId.From("c" + t.c), ValueEpoch.PlusDays(t.d), amount, margin, category);
            });

    /// <summary>A transaction log of 1 to 60 purchases. Shrinks by dropping purchases.</summary>
    public static Arbitrary<Purchase[]> PurchaseLogs { get; } = Arb.From(
        PurchaseGen.ArrayOf().Where(a => a.Length is > 0 and <= 60),
        a => Enumerable.Range(0, a.Length).Select(skip => a.Where((_, i) => i != skip).ToArray()).Where(s => s.Length > 0));

    /// <summary>A seed for shuffling.</summary>
    public static Arbitrary<int> Seeds { get; } = Gen.Choose(0, int.MaxValue - 1).ToArbitrary();

    #endregion
}
