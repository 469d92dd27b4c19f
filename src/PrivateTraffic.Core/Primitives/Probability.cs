using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Primitives;

/// <summary>
/// A probability or share (概率 / 比率) in [0, 1]: a conversion rate (转化率), an attrition rate, the share of a
/// tier. Every operation on it stays in [0, 1], so a funnel built from probabilities can never create people.
/// </summary>
/// <remarks>
/// Stored as a <see cref="double"/>: probabilities are statistics, not money. NaN and infinities are refused at
/// construction. <c>default(Probability)</c> is <see cref="Zero"/>. Text is the invariant number
/// (<c>0.2</c>); the <c>P</c> format shows a percentage (<c>20.00%</c>).
/// </remarks>
[JsonConverter(typeof(ProbabilityJsonConverter))]
public readonly struct Probability : IEquatable<Probability>, IComparable<Probability>, IComparable, IFormattable
{
    private Probability(double value) => Value = value;

    /// <summary>Impossible: 0.</summary>
    public static Probability Zero => default;

    /// <summary>Certain: 1.</summary>
    public static Probability One => new(1.0);

    /// <summary>The probability as a number in [0, 1].</summary>
    public double Value { get; }

    /// <summary>The probability that the event does not happen: <c>1 − p</c> (the complement).</summary>
    public Probability Complement => new(1.0 - Value);

    /// <summary>Creates a probability from a number in [0, 1].</summary>
    /// <param name="value">A finite number in [0, 1].</param>
    /// <returns>The probability.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite or outside [0, 1].</exception>
    public static Probability From(double value) => new(Guard.Against.OutsideUnitInterval(value));

    /// <summary>Creates a probability from a percentage: 20 gives 0.2.</summary>
    /// <param name="percent">A finite number in [0, 100].</param>
    /// <returns>The probability.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite or outside [0, 100].</exception>
    public static Probability FromPercent(double percent)
    {
        if (!(percent >= 0.0 && percent <= 100.0))
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "A percentage must lie in [0, 100].");
        }

        return new Probability(Math.Min(1.0, percent / 100.0));
    }

    /// <summary>The share <paramref name="part"/> / <paramref name="whole"/>, such as 100 of 500 visitors asking: 0.2.</summary>
    /// <param name="part">The count that qualified, between 0 and <paramref name="whole"/>.</param>
    /// <param name="whole">The count that could have qualified, positive.</param>
    /// <returns>The share.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="whole"/> is not positive or <paramref name="part"/> is outside [0, whole].</exception>
    public static Probability FromRatio(long part, long whole)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(whole);
        ArgumentOutOfRangeException.ThrowIfNegative(part);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(part, whole);
        return new Probability((double)part / whole);
    }

    /// <summary>Tries to create a probability without throwing.</summary>
    /// <param name="value">The number.</param>
    /// <param name="probability">The probability, or zero when the number is not in [0, 1].</param>
    /// <returns>Whether the number was a valid probability.</returns>
    public static bool TryFrom(double value, out Probability probability)
    {
        var valid = value >= 0.0 && value <= 1.0;
        probability = valid ? new Probability(value) : default;
        return valid;
    }

    /// <summary>Both independent events happen: <c>p × q</c> (composition of two funnel steps).</summary>
    /// <param name="other">The other event's probability.</param>
    /// <returns>The joint probability.</returns>
    public Probability And(Probability other) => new(Value * other.Value);

    /// <summary>At least one of two independent events happens: <c>1 − (1 − p)(1 − q)</c>.</summary>
    /// <param name="other">The other event's probability.</param>
    /// <returns>The probability of either; never below either input.</returns>
    /// <remarks>Computed as <c>p + q(1 − p)</c>, which is the same number but keeps <c>p Or 0 = p</c> exact in
    /// floating point; the result is capped at 1 against a last-bit rounding.</remarks>
    public Probability Or(Probability other) =>
        new(Math.Min(1.0, Math.Max(Value, other.Value) + (Math.Min(Value, other.Value) * (1.0 - Math.Max(Value, other.Value)))));

    /// <summary>The event happens on each of <paramref name="times"/> independent tries: <c>pⁿ</c> (staying through n reaches).</summary>
    /// <param name="times">The number of tries, zero or more (zero gives 1).</param>
    /// <returns>The probability of n successes in a row.</returns>
    public Probability Repeated(int times) => new(Math.Pow(Value, Guard.Against.BelowZero(times)));

    /// <summary>The event happens at least once in <paramref name="times"/> independent tries: <c>1 − (1 − p)ⁿ</c>.</summary>
    /// <param name="times">The number of tries, zero or more (zero gives 0).</param>
    /// <returns>The probability of at least one success.</returns>
    public Probability AtLeastOnceIn(int times) => new(1.0 - Math.Pow(1.0 - Value, Guard.Against.BelowZero(times)));

    /// <summary>The expected count out of <paramref name="population"/> people: <c>p × n</c>, fractional.</summary>
    /// <param name="population">How many people face the event, zero or more.</param>
    /// <returns>The expected number for whom it happens, never more than <paramref name="population"/>.</returns>
    public double ExpectedOf(double population) => Value * Guard.Against.NegativeOrNotFinite(population);

    /// <summary>Parses the invariant number form (<c>0.2</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The probability.</returns>
    /// <exception cref="FormatException">The text is not a number in [0, 1].</exception>
    public static Probability Parse(string text)
    {
        Guard.Against.Null(text);
        if (!TryParse(text, out var probability))
        {
            throw new FormatException($"'{MessageText.Quote(text)}' is not a probability in [0, 1].");
        }

        return probability;
    }

    /// <summary>Parses the invariant number form without throwing.</summary>
    /// <param name="text">The text; may be null.</param>
    /// <param name="probability">The probability, or zero.</param>
    /// <returns>Whether the text was a number in [0, 1].</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Probability probability)
    {
        probability = default;
        return text is not null
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && TryFrom(value, out probability);
    }

    /// <summary>The invariant round-trip number, such as <c>0.2</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Formats the number with any <see cref="double"/> format: <c>P1</c> gives <c>20.0%</c>.</summary>
    /// <param name="format">A numeric format; null gives the round-trip number.</param>
    /// <param name="formatProvider">The culture; null means invariant.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        Value.ToString(format ?? "R", formatProvider ?? CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public bool Equals(Probability other) => Value.Equals(other.Value);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Probability other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Probability other) => Value.CompareTo(other.Value);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Probability other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a Probability.", nameof(obj)),
    };

    /// <summary>Both independent events happen (<see cref="And"/>).</summary>
    /// <param name="left">The first probability.</param>
    /// <param name="right">The second probability.</param>
    /// <returns>The product.</returns>
    public static Probability operator *(Probability left, Probability right) => left.And(right);

    /// <summary>Whether two probabilities are equal.</summary>
    /// <param name="left">The first probability.</param>
    /// <param name="right">The second probability.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Probability left, Probability right) => left.Equals(right);

    /// <summary>Whether two probabilities differ.</summary>
    /// <param name="left">The first probability.</param>
    /// <param name="right">The second probability.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(Probability left, Probability right) => !left.Equals(right);

    /// <summary>Order by value.</summary>
    /// <param name="left">The first probability.</param>
    /// <param name="right">The second probability.</param>
    /// <returns>True when <paramref name="left"/> is smaller.</returns>
    public static bool operator <(Probability left, Probability right) => left.Value < right.Value;

    /// <summary>Order by value.</summary>
    /// <param name="left">The first probability.</param>
    /// <param name="right">The second probability.</param>
    /// <returns>True when <paramref name="left"/> is smaller or equal.</returns>
    public static bool operator <=(Probability left, Probability right) => left.Value <= right.Value;

    /// <summary>Order by value.</summary>
    /// <param name="left">The first probability.</param>
    /// <param name="right">The second probability.</param>
    /// <returns>True when <paramref name="left"/> is larger.</returns>
    public static bool operator >(Probability left, Probability right) => left.Value > right.Value;

    /// <summary>Order by value.</summary>
    /// <param name="left">The first probability.</param>
    /// <param name="right">The second probability.</param>
    /// <returns>True when <paramref name="left"/> is larger or equal.</returns>
    public static bool operator >=(Probability left, Probability right) => left.Value >= right.Value;
}
