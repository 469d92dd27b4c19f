using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Community;

/// <summary>A rung of the penalty ladder for breaking a group's rules, in the order a member climbs it.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<Penalty>))]
public enum Penalty
{
    /// <summary>No penalty (the violation count is below the first rung).</summary>
    None = 0,

    /// <summary>A warning (警告).</summary>
    Warn = 1,

    /// <summary>Muted for a while (禁言).</summary>
    Mute = 2,

    /// <summary>Removed from the group (移出群聊): in the pool a <c>MemberLeft</c> with reason <c>Removed</c>.</summary>
    Remove = 3,
}
