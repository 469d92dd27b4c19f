using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Community;

/// <summary>A role of the management structure (管理架构) with its permissions. Immutable.</summary>
public sealed record ManagementRole
{
    private const RolePermissions All = (RolePermissions)127;

    private ManagementRole(CommunityRole role, RolePermissions permissions)
    {
        Role = role;
        Permissions = permissions;
    }

    /// <summary>The role: one the articles name (<see cref="CommunityRole.Named"/>) or the caller's own.</summary>
    public CommunityRole Role { get; }

    /// <summary>What it may do.</summary>
    public RolePermissions Permissions { get; }

    /// <summary>A role with permissions.</summary>
    /// <exception cref="System.ArgumentException">An unset role or undefined permission bits.</exception>
    public static ManagementRole Create(CommunityRole role, RolePermissions permissions)
    {
        Guard.Against.Unmet(!role.IsUnset, $"The role is unset.", nameof(role));
        Guard.Against.Unmet((permissions & ~All) == 0, $"Undefined permission bits: {(int)(permissions & ~All)}.", nameof(permissions));
        return new(role, permissions);
    }

    /// <summary>
    /// Assumed defaults (the articles name the roles but not their permissions): the KOL or team hosts and edits;
    /// management and the store manager do everything; partners and makers invite and promote; seed users invite;
    /// members only take part.
    /// </summary>
    public static System.Collections.Generic.IReadOnlyList<ManagementRole> AssumedDefaults { get; } =
    [
        new(CommunityRole.Management, All),
        new(CommunityRole.StoreManager, All),
        new(CommunityRole.KolOrTeam, RolePermissions.HostActivities | RolePermissions.EditRules | RolePermissions.Promote),
        new(CommunityRole.Partner, RolePermissions.Invite | RolePermissions.Promote | RolePermissions.HostActivities),
        new(CommunityRole.Maker, RolePermissions.Invite | RolePermissions.Promote),
        new(CommunityRole.SeedUser, RolePermissions.Invite),
        new(CommunityRole.Member, RolePermissions.None),
    ];
}
