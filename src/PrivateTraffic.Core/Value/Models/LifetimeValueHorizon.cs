using System;
using System.Globalization;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// The horizon of a discounted customer lifetime value (客户终身价值): a number of periods of an explicit length and the
/// discount rate per period. Twelve periods of a month at 1% a month is a one-year CLV discounted at about 12.7% a year.
/// </summary>
public sealed class LifetimeValueHorizon
{
    private LifetimeValueHorizon(int periods, TimeUnit periodUnit, double discountRate)
    {
        Periods = periods;
        PeriodUnit = periodUnit;
        DiscountRate = discountRate;
    }

    /// <summary>How many periods the horizon spans, ≥ 1.</summary>
    public int Periods { get; }

    /// <summary>The length of one period (a day, a week or a month), independent of the model's own time unit.</summary>
    public TimeUnit PeriodUnit { get; }

    /// <summary>The discount rate d per period, ≥ 0: value received at the end of period k is worth 1/(1+d)^k today.</summary>
    public double DiscountRate { get; }

    /// <summary>Creates a horizon.</summary>
    /// <param name="periods">The number of periods, 1 to 10,000.</param>
    /// <param name="periodUnit">The length of one period.</param>
    /// <param name="discountRate">The discount rate per period: finite, ≥ 0.</param>
    /// <returns>The horizon.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static LifetimeValueHorizon Create(int periods, TimeUnit periodUnit, double discountRate) =>
        new(Guard.Against.NotBetween(periods, 1, 10_000), periodUnit, Guard.Against.NegativeOrNotFinite(discountRate));

    /// <summary>The length of one period in another time unit (a month is 30.436875/7 weeks).</summary>
    /// <param name="unit">The unit to express it in (the model's unit).</param>
    /// <returns>The period length in <paramref name="unit"/>.</returns>
    public double PeriodLengthIn(TimeUnit unit) => PeriodUnit.DaysPerUnit / unit.DaysPerUnit;

    /// <summary>The horizon in words.</summary>
    /// <returns>For example "12 months at 1% per month".</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Periods} {PeriodUnit} at {DiscountRate * 100:0.####}% per {PeriodUnit.Name.TrimEnd('s')}");
}
