using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Pools;

/// <summary>Why a member left the pool; either way the member is churned (流失).</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<LeaveReason>))]
public enum LeaveReason
{
    /// <summary>The member left: quit the group, unfollowed, removed the clerk from their friends.</summary>
    Left = 0,

    /// <summary>The member deleted their account on the channel.</summary>
    DeletedAccount = 1,

    /// <summary>The owner removed the member (for example for breaking the group rules, 群规).</summary>
    Removed = 2,
}
