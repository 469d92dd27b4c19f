using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Primitives;

/// <summary>
/// The unit in which customer-base models measure time (时间单位): days, weeks or months. Models are fitted on
/// numbers, so the unit is always stated, never implied: 38.86 means weeks only because the summary says so.
/// </summary>
/// <remarks>
/// A week is exactly 7 days (the CDNOW convention: days / 7, not whole weeks). A month is the Gregorian average,
/// 365.2425 / 12 = 30.436875 days, so that a fixed number of days always gives the same number of months.
/// <c>default(TimeUnit)</c> is <see cref="Days"/>. On the wire a unit is its name: "days", "weeks", "months".
/// </remarks>
[JsonConverter(typeof(TimeUnitJsonConverter))]
public readonly struct TimeUnit : IEquatable<TimeUnit>
{
    private readonly byte _kind;

    private TimeUnit(byte kind) => _kind = kind;

    /// <summary>One day.</summary>
    public static TimeUnit Days => new(0);

    /// <summary>Seven days.</summary>
    public static TimeUnit Weeks => new(1);

    /// <summary>The Gregorian average month, 30.436875 days.</summary>
    public static TimeUnit Months => new(2);

    /// <summary>The unit's name: "days", "weeks" or "months".</summary>
    public string Name => _kind switch
    {
        0 => "days",
        1 => "weeks",
        _ => "months",
    };

    /// <summary>How many days one unit lasts: 1, 7 or 30.436875.</summary>
    public double DaysPerUnit => _kind switch
    {
        0 => 1.0,
        1 => 7.0,
        _ => 365.2425 / 12.0,
    };

    /// <summary>Parses "days", "weeks" or "months" (case-insensitive).</summary>
    /// <param name="name">The unit's name.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentException">The name is not one of the three.</exception>
    public static TimeUnit Parse(string name)
    {
        Guard.Against.Null(name);
        return TryParse(name, out var unit)
            ? unit
            : throw new ArgumentException($"'{MessageText.Quote(name)}' is not a time unit; use days, weeks or months.", nameof(name));
    }

    /// <summary>Parses "days", "weeks" or "months" (case-insensitive) without throwing.</summary>
    /// <param name="name">The unit's name; may be null.</param>
    /// <param name="unit">The unit, or <see cref="Days"/>.</param>
    /// <returns>Whether the name was known.</returns>
    public static bool TryParse([NotNullWhen(true)] string? name, out TimeUnit unit)
    {
        unit = default;
        switch (name?.ToUpperInvariant())
        {
            case "DAYS" or "DAY":
                unit = Days;
                return true;
            case "WEEKS" or "WEEK":
                unit = Weeks;
                return true;
            case "MONTHS" or "MONTH":
                unit = Months;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The length of a duration in this unit (fractional): 3 days are 3/7 of a week.</summary>
    /// <param name="duration">The duration.</param>
    /// <returns>The number of units.</returns>
    public double From(Duration duration) => duration.TotalDays / DaysPerUnit;

    /// <summary>The number of units from one date to another (fractional; negative when <paramref name="end"/> is earlier).</summary>
    /// <param name="start">The first date.</param>
    /// <param name="end">The second date.</param>
    /// <returns>(end − start) in days divided by <see cref="DaysPerUnit"/>.</returns>
    public double Between(LocalDate start, LocalDate end) => Period.DaysBetween(start, end) / DaysPerUnit;

    /// <summary>The duration of a number of units.</summary>
    /// <param name="units">A finite number of units.</param>
    /// <returns>The duration, to the nanosecond.</returns>
    public Duration ToDuration(double units) => Duration.FromDays(Guard.Against.NotFinite(units) * DaysPerUnit);

    /// <inheritdoc/>
    public bool Equals(TimeUnit other) => _kind == other._kind;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is TimeUnit other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _kind;

    /// <summary>The unit's name.</summary>
    /// <returns>"days", "weeks" or "months".</returns>
    public override string ToString() => Name;

    /// <summary>Whether two units are the same.</summary>
    /// <param name="left">The first unit.</param>
    /// <param name="right">The second unit.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(TimeUnit left, TimeUnit right) => left.Equals(right);

    /// <summary>Whether two units differ.</summary>
    /// <param name="left">The first unit.</param>
    /// <param name="right">The second unit.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(TimeUnit left, TimeUnit right) => !left.Equals(right);
}
