using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Tests.Support;

/// <summary>
/// The one place generators (with shrinkers) for the library's types live. Capabilities add theirs here, in
/// their own region, so every property test draws from the same well-understood distributions.
/// </summary>
public static partial class Generators
{
    #region Primitives

    public static Gen<Currency> CurrencyGen { get; } = Gen.Elements(Currency.All.ToArray());

    public static Arbitrary<Currency> Currencies { get; } = CurrencyGen.ToArbitrary();

    /// <summary>A count of minor units, mostly small, sometimes up to ±10^13 (¥100 billion).</summary>
    public static Gen<long> MinorUnitsGen { get; } = Gen.Frequency(
        (6, Gen.Choose(-1_000_000, 1_000_000).Select(i => (long)i)),
        (2, Gen.Choose(-1000, 1000).Select(i => (long)i)),
        (1, Gen.Choose(-100_000, 100_000).SelectMany(hi => Gen.Choose(0, 99_999_999), (hi, lo) => (hi * 100_000_000L) + lo)));

    /// <summary>Payable money: a whole number of minor units in a random currency. Shrinks towards zero.</summary>
    public static Arbitrary<Money> AnyMoney { get; } = Arb.From(MoneyIn(CurrencyGen), ShrinkMoney);

    /// <summary>Payable renminbi only.</summary>
    public static Arbitrary<Money> AnyYuan { get; } = Arb.From(MoneyIn(Gen.Constant(Currency.CNY)), ShrinkMoney);

    /// <summary>Money that may hold fractions of a minor unit (up to 6 decimals), as unit prices do.</summary>
    public static Arbitrary<Money> UnroundedMoney { get; } = Arb.From(
        CurrencyGen.SelectMany(_ => Gen.Choose(-1_000_000_000, 1_000_000_000), (c, n) => (c, n))
            .SelectMany(_ => Gen.Choose(0, 6), (cn, scale) => Money.Of(new decimal(Math.Abs(cn.n), 0, 0, cn.n < 0, (byte)scale), cn.c)),
        ShrinkMoney);

    /// <summary>Non-negative allocation ratios with a positive sum, 1 to 12 of them, integers or decimals.</summary>
    public static Arbitrary<decimal[]> Ratios { get; } =
        Gen.Choose(1, 12).SelectMany(n => Gen.Frequency(
                    (3, Gen.Choose(0, 100).Select(i => (decimal)i)),
                    (1, Gen.Choose(0, 1_000_000).Select(i => i / 7m)))
                .ArrayOf(n))
            .Where(r => r.Sum() > 0m)
            .ToArbitrary();

    public static Arbitrary<Probability> Probabilities { get; } = Arb.From(
        Gen.Frequency(
            (1, Gen.Elements(Probability.Zero, Probability.One, Probability.From(0.5))),
            (6, Gen.Choose(0, 1_000_000).Select(i => Probability.From(i / 1_000_000.0)))),
        p => p.Value == 0.0 ? [] : [Probability.Zero, Probability.From(Math.Round(p.Value, 2))]);

    /// <summary>Identifier text: ASCII, Chinese and punctuation, 1 to 40 characters.</summary>
    public static Gen<string> IdTextGen { get; } =
        Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:/会员私域张王李微信".ToCharArray())
            .ArrayOf().Where(a => a.Length is > 0 and <= 40).Select(a => new string(a));

    public static Arbitrary<MemberId> MemberIds { get; } = Arb.From(
        IdTextGen.Select(MemberId.From),
        id => id.Value.Length <= 1 ? [] : [MemberId.From(id.Value[..1]), MemberId.From(id.Value[..(id.Value.Length / 2)].Trim() is { Length: > 0 } half ? half : "m")]);

    #endregion

    #region Time

    /// <summary>Instants between 2000 and 2040 at millisecond precision.</summary>
    public static Gen<Instant> InstantGen { get; } =
        Gen.Choose(0, 40 * 365).SelectMany(_ => Gen.Choose(0, 86_399_999), (d, ms) =>
            Instant.FromUtc(2000, 1, 1, 0, 0).Plus(Duration.FromDays(d)).Plus(Duration.FromMilliseconds(ms)));

    private static readonly Instant Epoch2000 = Instant.FromUtc(2000, 1, 1, 0, 0);

    /// <summary>Shrinks towards 2000-01-01T00:00Z by halving the distance.</summary>
    public static Arbitrary<Instant> Instants { get; } = Arb.From(
        InstantGen,
        i => i == Epoch2000 ? [] : [Epoch2000, Epoch2000 + Duration.FromTicks((i - Epoch2000).BclCompatibleTicks / 2)]);

    /// <summary>Dates from 1990 to 2049; shrinks towards 1990-01-01.</summary>
    public static Arbitrary<LocalDate> LocalDates { get; } = Arb.From(
        Gen.Choose(0, 60 * 365).Select(d => new LocalDate(1990, 1, 1).PlusDays(d)),
        d => d == new LocalDate(1990, 1, 1) ? [] : [new LocalDate(1990, 1, 1), new LocalDate(1990, 1, 1).PlusDays(Period.DaysBetween(new LocalDate(1990, 1, 1), d) / 2)]);

    public static Arbitrary<LocalTime> LocalTimes { get; } =
        Gen.Choose(0, 86_399_999).Select(ms => LocalTime.FromMillisecondsSinceMidnight(ms)).ToArbitrary();

    public static Arbitrary<Duration> Durations { get; } =
        Gen.Choose(-1_000_000, 1_000_000).SelectMany(_ => Gen.Choose(0, 999), (s, ms) => Duration.FromSeconds(s) + Duration.FromMilliseconds(ms)).ToArbitrary();

    public static Arbitrary<Period> Periods { get; } =
        Gen.Choose(0, 24).SelectMany(_ => Gen.Choose(0, 60), (m, d) => (m, d))
            .SelectMany(_ => Gen.Choose(0, 48), (md, h) => new PeriodBuilder { Months = md.m, Days = md.d, Hours = h }.Build())
            .ToArbitrary();

    public static Arbitrary<DateTimeZone> Zones { get; } =
        Gen.Elements("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Tokyo", "Europe/London", "America/New_York", "UTC")
            .Select(id => DateTimeZoneProviders.Tzdb[id]).ToArbitrary();

    #endregion

    /// <summary>Two independent values.</summary>
    public static Arbitrary<(T1, T2)> Pair<T1, T2>(Arbitrary<T1> first, Arbitrary<T2> second) =>
        Arb.Zip(first, second);

    /// <summary>Three independent values.</summary>
    public static Arbitrary<(T1, T2, T3)> Triple<T1, T2, T3>(Arbitrary<T1> first, Arbitrary<T2> second, Arbitrary<T3> third) =>
        Arb.Convert(Arb.Zip(Arb.Zip(first, second), third), t => (t.Item1.Item1, t.Item1.Item2, t.Item2), t => ((t.Item1, t.Item2), t.Item3));

    private static System.Collections.Generic.IEnumerable<Money> ShrinkMoney(Money m)
    {
        if (m.IsZero)
        {
            yield break;
        }

        yield return Money.Zero(m.Currency);
        var half = decimal.Round(m.Amount / 2m, m.Currency.MinorUnits, MidpointRounding.ToZero);
        if (half != m.Amount)
        {
            yield return Money.Of(half, m.Currency);
        }
    }

    private static Gen<Money> MoneyIn(Gen<Currency> currencies) =>
        currencies.SelectMany(_ => MinorUnitsGen, (c, units) => Money.FromMinorUnits(units, c));
}
