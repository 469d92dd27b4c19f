using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Community;

/// <summary>A member's role in a group, as a group snapshot keeps it.</summary>
/// <param name="Member">The member.</param>
/// <param name="Role">Their role.</param>
public sealed record GroupRoleAssignment(MemberId Member, CommunityRole Role);
