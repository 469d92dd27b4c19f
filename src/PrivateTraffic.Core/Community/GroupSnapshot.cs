using System.Collections.Generic;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Community;

/// <summary>A group's snapshot: its definition, its members and its version; restored through the group's rules by
/// <see cref="CommunityGroup.Restore(GroupSnapshot, IEnumerable{GroupEvent})"/>. Its size is bounded by the headcount.
/// Event ids before the snapshot are not kept (apart from the opening's).</summary>
/// <param name="Schema">The snapshot schema, <see cref="SchemaVersion"/>.</param>
/// <param name="Opened">The opening event.</param>
/// <param name="Members">The members in joining order.</param>
/// <param name="Version">Events applied.</param>
/// <param name="Roles">The members' roles in the group (each a present member, once), or null when nobody has one.</param>
public sealed record GroupSnapshot(
    int Schema,
    GroupOpened Opened,
    IReadOnlyList<MemberId> Members,
    int Version,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<GroupRoleAssignment>? Roles = null)
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int SchemaVersion = 1;
}
