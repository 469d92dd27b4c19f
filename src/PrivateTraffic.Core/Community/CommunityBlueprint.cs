using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Community;

/// <summary>
/// A community's blueprint: the three architectures the articles name (价值体系 value system, 管理架构 management,
/// 会员架构 membership), the joining ritual and the monetisation plan. Building them is "tedious, important and
/// continually revised", so blueprints are kept in a <see cref="VersionedBlueprint"/>. Immutable; equal when every
/// part is equal.
/// </summary>
[JsonConverter(typeof(CommunityBlueprintJsonConverter))]
public sealed class CommunityBlueprint : System.IEquatable<CommunityBlueprint>
{
    private readonly string[] _coreValues;
    private readonly ManagementRole[] _roles;
    private readonly MembershipTier[] _tiers;

    private CommunityBlueprint(string purpose, string[] coreValues, ManagementRole[] roles, MembershipTier[] tiers, AdmissionPolicy admission, string? ritual, MonetisationPlan monetisation)
    {
        Purpose = purpose;
        _coreValues = coreValues;
        _roles = roles;
        _tiers = tiers;
        Admission = admission;
        JoiningRitual = ritual;
        Monetisation = monetisation;
    }

    /// <summary>The purpose (核心目的).</summary>
    public string Purpose { get; }

    /// <summary>The core values (价值观), at least one.</summary>
    public IReadOnlyList<string> CoreValues => _coreValues;

    /// <summary>The management roles and their permissions, at least one, each role once.</summary>
    public IReadOnlyList<ManagementRole> Roles => _roles;

    /// <summary>The membership tiers, at least one, names unique.</summary>
    public IReadOnlyList<MembershipTier> Tiers => _tiers;

    /// <summary>How people join.</summary>
    public AdmissionPolicy Admission { get; }

    /// <summary>The joining ritual (仪式感), or null when joining has none.</summary>
    public string? JoiningRitual { get; }

    /// <summary>The monetisation plan.</summary>
    public MonetisationPlan Monetisation { get; }

    /// <summary>A blueprint.</summary>
    /// <exception cref="System.ArgumentException">A blank purpose, value or ritual; no values, roles or tiers (or more
    /// than 64); a role or tier name given twice; an undefined admission policy; paid admission with no paid tier.</exception>
    public static CommunityBlueprint Create(
        string purpose,
        IEnumerable<string> coreValues,
        IEnumerable<ManagementRole> roles,
        IEnumerable<MembershipTier> tiers,
        AdmissionPolicy admission,
        string? joiningRitual,
        MonetisationPlan monetisation)
    {
        Guard.Against.Null(coreValues);
        Guard.Against.Null(roles);
        Guard.Against.Null(tiers);
        Guard.Against.Null(monetisation);
        var values = coreValues.Select(v => CommunityText.Require(v, nameof(coreValues))).ToArray();
        var roleArray = roles.ToArray();
        var tierArray = tiers.ToArray();
        Guard.Against.Unmet(values.Length is > 0 and <= 64, $"1 to 64 core values, not {values.Length}.", nameof(coreValues));
        Guard.Against.Unmet(roleArray.Length is > 0 and <= 64 && roleArray.All(r => r is not null) && roleArray.Select(r => r.Role).Distinct().Count() == roleArray.Length, $"1 to 64 roles, none null, each once.", nameof(roles));
        Guard.Against.Unmet(tierArray.Length is > 0 and <= 64 && tierArray.All(t => t is not null) && tierArray.Select(t => t.Name).Distinct().Count() == tierArray.Length, $"1 to 64 tiers, none null, names unique.", nameof(tiers));
        CommunityText.Defined(admission, nameof(admission));
        Guard.Against.Unmet(admission != AdmissionPolicy.Paid || tierArray.Any(t => t.IsPaid), $"Paid admission needs a paid tier.", nameof(admission));
        return new CommunityBlueprint(CommunityText.Require(purpose, nameof(purpose)), values, roleArray, tierArray, admission, CommunityText.Optional(joiningRitual, nameof(joiningRitual)), monetisation);
    }

    /// <summary>Whether the blueprint has a role of this name (a rule set's or a group's role must be one of them).</summary>
    public bool HasRole(CommunityRole role) => _roles.Any(r => r.Role == role);

    /// <inheritdoc/>
    public bool Equals(CommunityBlueprint? other) =>
        other is not null && Purpose == other.Purpose && _coreValues.SequenceEqual(other._coreValues) && _roles.SequenceEqual(other._roles)
        && _tiers.SequenceEqual(other._tiers) && Admission == other.Admission && JoiningRitual == other.JoiningRitual && Monetisation.Equals(other.Monetisation);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CommunityBlueprint);

    /// <inheritdoc/>
    public override int GetHashCode() => System.HashCode.Combine(Purpose, _roles.Length, _tiers.Length, Admission);
}
