using System;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace PrivateTraffic.Core.Primitives;

/// <summary>
/// The domain's own guards, as extensions on Ardalis.GuardClauses' <see cref="IGuardClause"/>, so every check reads
/// <c>Guard.Against.…</c> at the call site. Each throws an <see cref="ArgumentException"/> kind that names the caller's
/// parameter (through <see cref="CallerArgumentExpressionAttribute"/>), and builds its message only when it fails.
/// </summary>
internal static class DomainGuards
{
    /// <summary>Throws unless <paramref name="value"/> is a finite number: statistics that see NaN give NaN back silently.</summary>
    public static double NotFinite(this IGuardClause guard, double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, "The value must be a finite number (not NaN or infinity).");
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and at least 0.</summary>
    public static double NegativeOrNotFinite(this IGuardClause guard, double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        guard.NotFinite(value, paramName);
        ArgumentOutOfRangeException.ThrowIfNegative(value, paramName);
        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and above 0.</summary>
    public static double NotFinitePositive(this IGuardClause guard, double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        guard.NotFinite(value, paramName);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value, paramName);
        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> lies in [0, 1] (NaN does not).</summary>
    public static double OutsideUnitInterval(this IGuardClause guard, double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!(value >= 0.0 && value <= 1.0))
        {
            throw new ArgumentOutOfRangeException(paramName, value, "The value must lie in [0, 1].");
        }

        return value;
    }

    // Ardalis' own Negative and NegativeOrZero throw a plain ArgumentException. A number outside its range is an
    // ArgumentOutOfRangeException in the BCL's vocabulary (it carries the value), so the library keeps that kind.

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="value"/> is below 0.</summary>
    public static T BelowZero<T>(this IGuardClause guard, T value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : INumberBase<T>
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value, paramName);
        return value;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="value"/> is 0 or below.</summary>
    public static T ZeroOrBelow<T>(this IGuardClause guard, T value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : INumberBase<T>
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value, paramName);
        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> lies in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static int NotBetween(this IGuardClause guard, int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, min, paramName);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, max, paramName);
        return value;
    }

    /// <summary>Throws an <see cref="ArgumentException"/> with <paramref name="message"/> unless <paramref name="condition"/> holds.</summary>
    public static void Unmet(this IGuardClause guard, bool condition, string message, string? paramName)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>As <see cref="Unmet(IGuardClause, bool, string, string?)"/> for an interpolated message, which is
    /// formatted only when <paramref name="condition"/> fails (the handler sees the condition first).</summary>
    public static void Unmet(
        this IGuardClause guard,
        bool condition,
        [InterpolatedStringHandlerArgument("condition")] ref FailureMessageHandler message,
        string? paramName)
    {
        if (!condition)
        {
            throw new ArgumentException(message.ToStringAndClear(), paramName);
        }
    }
}

/// <summary>
/// Formats an interpolated guard message only when the guard fails, the way <c>Debug.Assert</c>'s handler does: the
/// compiler passes the condition to the constructor, and <c>shouldAppend: false</c> skips every hole, so a guard that
/// holds inside a loop costs no string.
/// </summary>
[InterpolatedStringHandler]
internal ref struct FailureMessageHandler
{
    private DefaultInterpolatedStringHandler _text;

    /// <summary>Starts a message, or nothing when <paramref name="condition"/> holds.</summary>
    public FailureMessageHandler(int literalLength, int formattedCount, bool condition, out bool shouldAppend)
    {
        shouldAppend = !condition;
        _text = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture) : default;
    }

    /// <summary>Appends literal text.</summary>
    public void AppendLiteral(string value) => _text.AppendLiteral(value);

    /// <summary>Appends a hole.</summary>
    public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

    /// <summary>Appends a hole with a format.</summary>
    public void AppendFormatted<T>(T value, string? format) => _text.AppendFormatted(value, format);

    /// <summary>The message.</summary>
    public string ToStringAndClear() => _text.ToStringAndClear();
}
