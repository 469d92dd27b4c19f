using System;
using System.Globalization;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// A typed literal in a rule condition: a number, a number of days, money, or an enumeration name. Its
/// <see cref="Kind"/> must match the kind of the field it is compared with. <c>default(FieldValue)</c> is the number 0.
/// </summary>
public readonly struct FieldValue : IEquatable<FieldValue>
{
    private readonly double _number;
    private readonly Money _money;

    private FieldValue(FieldKind kind, double number, Money money)
    {
        Kind = kind;
        _number = number;
        _money = money;
    }

    /// <summary>The literal's kind.</summary>
    public FieldKind Kind { get; }

    /// <summary>The number, days, or the enumeration's numeric code; 0 for money.</summary>
    public double Number => _number;

    /// <summary>The money amount when <see cref="Kind"/> is <see cref="FieldKind.Money"/>.</summary>
    /// <exception cref="InvalidOperationException">The literal is not money.</exception>
    public Money Money => Kind == FieldKind.Money ? _money : throw new InvalidOperationException($"A {Kind} literal has no money.");

    /// <summary>A number literal.</summary>
    /// <param name="value">A finite number.</param>
    /// <returns>The literal.</returns>
    /// <exception cref="ArgumentException">NaN or infinite.</exception>
    public static FieldValue Of(double value) => new(FieldKind.Number, Guard.Against.NotFinite(value), default);

    /// <summary>A days literal.</summary>
    /// <param name="days">0 or more whole days.</param>
    /// <returns>The literal.</returns>
    /// <exception cref="ArgumentException">Negative.</exception>
    public static FieldValue OfDays(int days) => new(FieldKind.Days, Guard.Against.BelowZero(days), default);

    /// <summary>A money literal.</summary>
    /// <param name="value">The amount and currency.</param>
    /// <returns>The literal.</returns>
    public static FieldValue Of(Money value) => new(FieldKind.Money, 0, value);

    /// <summary>A lifecycle stage literal.</summary>
    /// <param name="value">A defined stage.</param>
    /// <returns>The literal.</returns>
    public static FieldValue Of(LifecycleStage value) => new(FieldKind.Stage, (int)Guard.Against.EnumOutOfRange(value), default);

    /// <summary>A 271 status literal.</summary>
    /// <param name="value">A defined status.</param>
    /// <returns>The literal.</returns>
    public static FieldValue Of(MemberStatus value) => new(FieldKind.Status, (int)Guard.Against.EnumOutOfRange(value), default);

    /// <summary>A value tier literal.</summary>
    /// <param name="value">A defined tier.</param>
    /// <returns>The literal.</returns>
    public static FieldValue Of(ValueTier value) => new(FieldKind.Tier, (int)Guard.Against.EnumOutOfRange(value), default);

    /// <summary>An RFM segment literal.</summary>
    /// <param name="value">A defined segment.</param>
    /// <returns>The literal.</returns>
    public static FieldValue Of(RfmSegment value) => new(FieldKind.Segment, (int)Guard.Against.EnumOutOfRange(value), default);

    /// <summary>A group health literal.</summary>
    /// <param name="value">A defined health.</param>
    /// <returns>The literal.</returns>
    public static FieldValue Of(GroupHealth value) => new(FieldKind.GroupHealth, (int)Guard.Against.EnumOutOfRange(value), default);

    /// <inheritdoc/>
    public bool Equals(FieldValue other) => Kind == other.Kind && _number.Equals(other._number) && _money == other._money;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FieldValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, _number, _money);

    /// <summary>The literal as its JSON text would show it (a name, a number, money).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        FieldKind.Number or FieldKind.Days => _number.ToString("R", CultureInfo.InvariantCulture),
        FieldKind.Money => _money.ToString(),
        _ => MemberViewFields.EnumName(Kind, (int)_number),
    };

    /// <summary>Whether two literals are equal (same kind and value).</summary>
    /// <param name="left">The first literal.</param>
    /// <param name="right">The second literal.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(FieldValue left, FieldValue right) => left.Equals(right);

    /// <summary>Whether two literals differ.</summary>
    /// <param name="left">The first literal.</param>
    /// <param name="right">The second literal.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(FieldValue left, FieldValue right) => !left.Equals(right);
}
