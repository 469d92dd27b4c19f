using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// Identifies an SOP sequence (标准作业程序): a named, data-defined series of touches started for a member.
/// </summary>
/// <remarks>
/// The text is 1 to 128 characters with no control characters and no white space at either end; comparison is
/// ordinal. <c>default(SopId)</c> is the unset id: its <see cref="Value"/> is the empty string and
/// <see cref="IsUnset"/> is true; no factory creates it.
/// </remarks>
[JsonConverter(typeof(IdentifierJsonConverter<SopId>))]
public readonly struct SopId : IEquatable<SopId>, IComparable<SopId>, IIdentifier<SopId>
{
    private readonly string? _value;

    private SopId(string value) => _value = value;

    /// <summary>The id's text; empty for <c>default(SopId)</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this is <c>default(SopId)</c>, which identifies nothing.</summary>
    public bool IsUnset => _value is null;

    /// <summary>Creates an id from its text.</summary>
    /// <param name="value">1 to 128 characters, no control characters, no white space at either end.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException">The text breaks the rules above.</exception>
    public static SopId From(string value) => new(IdentifierText.Validate(value, "SOP id", nameof(value)));

    /// <summary>Creates an id from its text without throwing.</summary>
    /// <param name="value">The text; may be null.</param>
    /// <param name="id">The id, or the unset id.</param>
    /// <returns>Whether the text was a valid id.</returns>
    public static bool TryFrom([NotNullWhen(true)] string? value, out SopId id)
    {
        var valid = IdentifierText.IsValid(value);
        id = valid ? new SopId(value!) : default;
        return valid;
    }

    /// <inheritdoc/>
    public bool Equals(SopId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is SopId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Ordinal order of the text.</summary>
    /// <param name="other">The id to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(SopId other) => string.CompareOrdinal(_value, other._value);

    /// <summary>The id's text.</summary>
    /// <returns>The text, empty when unset.</returns>
    public override string ToString() => Value;

    /// <summary>Whether two ids are equal.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(SopId left, SopId right) => left.Equals(right);

    /// <summary>Whether two ids differ.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(SopId left, SopId right) => !left.Equals(right);

    /// <summary>Ordinal order.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(SopId left, SopId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True when <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(SopId left, SopId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(SopId left, SopId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True when <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(SopId left, SopId right) => left.CompareTo(right) >= 0;
}
