using System;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// One customer's purchase history condensed for customer-base models and RFM (客户摘要): the repeat-purchase count
/// x, the time of the last repeat purchase t_x (measured from the first), the customer's age T, the mean repeat spend, and the RFM figures.
/// Purchases on the same day count as one purchase day; the first purchase day is not a repeat.
/// </summary>
/// <remarks>
/// Times are in <see cref="Unit"/> and measured from the <see cref="FirstPurchase"/> date: t_x = <see cref="TimeOfLastPurchase"/> = (last purchase
/// day − first) / unit and T = (calibration end − first) / unit, where the calibration end is the last day whose
/// purchases count (inclusive). <c>default(CustomerSummary)</c> has an unset customer and describes no one.
/// </remarks>
public readonly struct CustomerSummary
{
    private CustomerSummary(
        MemberId customer, LocalDate firstPurchase, LocalDate lastPurchase, int frequency, Money meanRepeatSpend, Money totalSpend, LocalDate calibrationEnd, TimeUnit unit)
    {
        Customer = customer;
        FirstPurchase = firstPurchase;
        LastPurchase = lastPurchase;
        Frequency = frequency;
        MeanRepeatSpend = meanRepeatSpend;
        TotalSpend = totalSpend;
        CalibrationEnd = calibrationEnd;
        Unit = unit;
    }

    /// <summary>The customer.</summary>
    public MemberId Customer { get; }

    /// <summary>The day of the first purchase (the customer's birth in the model).</summary>
    public LocalDate FirstPurchase { get; }

    /// <summary>The day of the last purchase on or before the calibration end.</summary>
    public LocalDate LastPurchase { get; }

    /// <summary>x: the number of repeat purchase days (distinct purchase days after the first); 0 or more.</summary>
    public int Frequency { get; }

    /// <summary>
    /// t_x, the time of the last purchase as the purchase models use it: the time from the first purchase day to the
    /// last, in <see cref="Unit"/>; 0 when x = 0. It grows as a customer keeps buying. Not RFM's recency, which is
    /// <see cref="TimeSinceLastPurchase"/> (T − t_x) and shrinks.
    /// </summary>
    public double TimeOfLastPurchase => Period.DaysBetween(FirstPurchase, LastPurchase) / Unit.DaysPerUnit;


    /// <summary>T: the time from the first purchase day to the calibration end, in <see cref="Unit"/>.</summary>
    public double Age => Period.DaysBetween(FirstPurchase, CalibrationEnd) / Unit.DaysPerUnit;

    /// <summary>The mean revenue of the repeat purchase days (each day's purchases added together), not rounded;
    /// zero when x = 0. Gamma-Gamma's z̄.</summary>
    public Money MeanRepeatSpend { get; }

    /// <summary>The revenue of every purchase up to the calibration end, first day included (RFM's monetary figure).</summary>
    public Money TotalSpend { get; }

    /// <summary>The last day whose purchases count (inclusive).</summary>
    public LocalDate CalibrationEnd { get; }

    /// <summary>The unit of <see cref="TimeOfLastPurchase"/>, <see cref="Age"/> and <see cref="TimeSinceLastPurchase"/>.</summary>
    public TimeUnit Unit { get; }

    /// <summary>RFM's recency: the time from the last purchase day to the calibration end (T − t_x), in <see cref="Unit"/>; smaller is more recent.</summary>
    public double TimeSinceLastPurchase => Period.DaysBetween(LastPurchase, CalibrationEnd) / Unit.DaysPerUnit;

    /// <summary>RFM's frequency: the number of distinct purchase days, x + 1.</summary>
    public int PurchaseDays => Frequency + 1;

    /// <summary>Creates a summary from its facts, checking that they fit together.</summary>
    /// <param name="customer">The customer; not unset.</param>
    /// <param name="firstPurchase">The first purchase day.</param>
    /// <param name="lastPurchase">The last purchase day; not before the first, and equal to it exactly when x = 0.</param>
    /// <param name="frequency">x, the repeat purchase days: at most the days between first and last.</param>
    /// <param name="meanRepeatSpend">z̄: not negative, zero when x = 0.</param>
    /// <param name="totalSpend">All revenue, in the same currency: at least x × z̄.</param>
    /// <param name="calibrationEnd">The calibration end; not before the last purchase.</param>
    /// <param name="unit">The time unit.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentException">The facts contradict each other.</exception>
    public static CustomerSummary Create(
        MemberId customer, LocalDate firstPurchase, LocalDate lastPurchase, int frequency, Money meanRepeatSpend, Money totalSpend, LocalDate calibrationEnd, TimeUnit unit)
    {
        Guard.Against.Unmet(!customer.IsUnset, "The customer must be set.", nameof(customer));
        Guard.Against.BelowZero(frequency);
        Guard.Against.Unmet(lastPurchase >= firstPurchase, "The last purchase cannot come before the first.", nameof(lastPurchase));
        Guard.Against.Unmet(calibrationEnd >= lastPurchase, "The last purchase cannot come after the calibration end.", nameof(calibrationEnd));
        var span = Period.DaysBetween(firstPurchase, lastPurchase);
        Guard.Against.Unmet(frequency <= span, $"{frequency} repeat purchase days do not fit in the {span} days between the first and last purchase.", nameof(frequency));
        Guard.Against.Unmet((frequency == 0) == (span == 0), "The last purchase is the first exactly when there is no repeat purchase.", nameof(lastPurchase));
        Guard.Against.Unmet(!meanRepeatSpend.IsNegative, "The mean repeat spend must not be negative.", nameof(meanRepeatSpend));
        Guard.Against.Unmet(frequency > 0 || meanRepeatSpend.IsZero, "The mean repeat spend is zero when there is no repeat purchase.", nameof(meanRepeatSpend));
        Guard.Against.Unmet(totalSpend.Currency == meanRepeatSpend.Currency, "Both spends must be in one currency.", nameof(totalSpend));
        // z̄ is a decimal quotient, so x × z̄ may exceed the repeat total in its last digits: allow a millionth of a unit.
        Guard.Against.Unmet(totalSpend.Amount - (meanRepeatSpend.Amount * frequency) > -0.000001m, "The total spend cannot be below the repeat spend.", nameof(totalSpend));
        return new CustomerSummary(customer, firstPurchase, lastPurchase, frequency, meanRepeatSpend, totalSpend, calibrationEnd, unit);
    }

    /// <summary>Trusted construction by the summarizer, which builds the facts consistently.</summary>
    internal static CustomerSummary Trusted(
        MemberId customer, LocalDate firstPurchase, LocalDate lastPurchase, int frequency, Money meanRepeatSpend, Money totalSpend, LocalDate calibrationEnd, TimeUnit unit) =>
        new(customer, firstPurchase, lastPurchase, frequency, meanRepeatSpend, totalSpend, calibrationEnd, unit);

    /// <summary>The summary in the CDNOW style: <c>1: x=2 t_x=30.43 T=38.86 weeks</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Customer}: x={Frequency} t_x={TimeOfLastPurchase:0.00} T={Age:0.00} {Unit}");
}
