using System;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Community;

/// <summary>What a role may do in a community's groups, as a set. Written in JSON as an array of camelCase names.</summary>
[Flags]
[JsonConverter(typeof(RolePermissionsJsonConverter))]
public enum RolePermissions
{
    /// <summary>Nothing beyond taking part.</summary>
    None = 0,

    /// <summary>Post promotions.</summary>
    Promote = 1,

    /// <summary>Invite new members.</summary>
    Invite = 2,

    /// <summary>Approve applications to join.</summary>
    ApproveJoins = 4,

    /// <summary>Warn and mute members.</summary>
    Moderate = 8,

    /// <summary>Remove members.</summary>
    Remove = 16,

    /// <summary>Host activities (lectures, check-ins, sales, meetups).</summary>
    HostActivities = 32,

    /// <summary>Revise the blueprint and the group rules.</summary>
    EditRules = 64,
}
