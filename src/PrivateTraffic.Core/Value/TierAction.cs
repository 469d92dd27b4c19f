using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// A one-to-one marketing action (一对一营销动作) a tier policy recommends: a stable code a service dispatches on,
/// such as <c>vip-care</c>, and a description for the person who carries it out.
/// </summary>
/// <remarks>The code is 1 to 64 lower-case ASCII letters, digits and hyphens; the description 1 to 500 characters.
/// <c>default(TierAction)</c> has an empty code and is not a valid action.</remarks>
public readonly partial struct TierAction : IEquatable<TierAction>
{
    private TierAction(string code, string description)
    {
        Code = code;
        Description = description;
    }

    /// <summary>The stable code, such as <c>vip-care</c>.</summary>
    public string Code { get; }

    /// <summary>What to do, for people.</summary>
    public string Description { get; }

    /// <summary>Creates an action.</summary>
    /// <param name="code">1 to 64 of a–z, 0–9 and '-'.</param>
    /// <param name="description">1 to 500 characters, not blank.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentException">A rule above is broken.</exception>
    public static TierAction Of(string code, string description)
    {
        Guard.Against.Null(code);
        Guard.Against.Unmet(CodePattern().IsMatch(code), "An action code is 1 to 64 of a-z, 0-9 and '-'.", nameof(code));
        Guard.Against.NullOrWhiteSpace(description);
        Guard.Against.Unmet(description.Length <= 500, "An action description is at most 500 characters.", nameof(description));
        return new TierAction(code, description);
    }

    /// <inheritdoc/>
    public bool Equals(TierAction other) => string.Equals(Code, other.Code, StringComparison.Ordinal) && string.Equals(Description, other.Description, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is TierAction other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Description);

    /// <summary>The code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code ?? string.Empty;

    /// <summary>Whether two actions are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(TierAction left, TierAction right) => left.Equals(right);

    /// <summary>Whether two actions differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(TierAction left, TierAction right) => !left.Equals(right);

    [GeneratedRegex("^[a-z0-9-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
