using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Community;

/// <summary>Why a member left a group (退群 or 被移出).</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<GroupLeaveReason>))]
public enum GroupLeaveReason
{
    /// <summary>The member left of their own accord (退群).</summary>
    Left = 0,

    /// <summary>The member was removed for breaking the group's rules: the last rung of the penalty ladder (移出群聊).</summary>
    Removed = 1,
}
