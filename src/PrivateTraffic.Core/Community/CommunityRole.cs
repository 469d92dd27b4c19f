using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Community;

/// <summary>
/// A role in a community's management structure (管理架构). The articles name the roles in <see cref="Named"/>; any
/// other name is the caller's own role. A role is its name (an identifier, compared ordinally). <c>default</c> is an
/// unset role that every rule set refuses.
/// </summary>
[JsonConverter(typeof(IdentifierJsonConverter<CommunityRole>))]
public readonly struct CommunityRole : IEquatable<CommunityRole>, IIdentifier<CommunityRole>
{
    private readonly string? _name;

    private CommunityRole(string name) => _name = name;

    /// <summary>The KOL (意见领袖) or the team that brings the community's knowledge.</summary>
    public static CommunityRole KolOrTeam { get; } = new("kolOrTeam");

    /// <summary>A maker (创客), recruited from consumers or fans.</summary>
    public static CommunityRole Maker { get; } = new("maker");

    /// <summary>A partner (合伙人), recruited from consumers or fans.</summary>
    public static CommunityRole Partner { get; } = new("partner");

    /// <summary>A seed user (种子用户).</summary>
    public static CommunityRole SeedUser { get; } = new("seedUser");

    /// <summary>A member (群友 / 会员).</summary>
    public static CommunityRole Member { get; } = new("member");

    /// <summary>The store manager (店长), who runs a store's group.</summary>
    public static CommunityRole StoreManager { get; } = new("storeManager");

    /// <summary>Management (决策层).</summary>
    public static CommunityRole Management { get; } = new("management");

    /// <summary>The counter clerk as the owner of the customer accounts.</summary>
    public static CommunityRole CounterClerk { get; } = new("counterClerk");

    /// <summary>A retailer.</summary>
    public static CommunityRole Retailer { get; } = new("retailer");

    /// <summary>A distributor.</summary>
    public static CommunityRole Distributor { get; } = new("distributor");

    /// <summary>A brand.</summary>
    public static CommunityRole Brand { get; } = new("brand");

    /// <summary>The roles the articles name, in the order above.</summary>
    public static IReadOnlyList<CommunityRole> Named { get; } =
        [KolOrTeam, Maker, Partner, SeedUser, Member, StoreManager, Management, CounterClerk, Retailer, Distributor, Brand];

    /// <summary>The role's name; empty for <c>default</c>.</summary>
    public string Value => _name ?? string.Empty;

    /// <summary>Whether this is the unset <c>default</c> role.</summary>
    public bool IsUnset => _name is null;

    /// <summary>Whether the articles name this role (it is in <see cref="Named"/>).</summary>
    public bool IsNamedByArticles => _name is not null && ((IList<CommunityRole>)Named).Contains(this);

    /// <summary>The role with this name: one of <see cref="Named"/> or a caller's own.</summary>
    /// <exception cref="ArgumentException">The name is not a valid identifier.</exception>
    public static CommunityRole From(string value) => new(IdentifierText.Validate(value, "role", nameof(value)));

    /// <summary>As <see cref="From(string)"/>, returning false instead of throwing.</summary>
    public static bool TryFrom([NotNullWhen(true)] string? value, out CommunityRole id)
    {
        var valid = IdentifierText.IsValid(value);
        id = valid ? new CommunityRole(value!) : default;
        return valid;
    }

    /// <inheritdoc/>
    public bool Equals(CommunityRole other) => string.Equals(_name, other._name, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is CommunityRole other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _name is null ? 0 : StringComparer.Ordinal.GetHashCode(_name);

    /// <summary>The name.</summary>
    public override string ToString() => Value;

    /// <summary>Equality by name.</summary>
    public static bool operator ==(CommunityRole left, CommunityRole right) => left.Equals(right);

    /// <summary>Inequality by name.</summary>
    public static bool operator !=(CommunityRole left, CommunityRole right) => !left.Equals(right);
}
