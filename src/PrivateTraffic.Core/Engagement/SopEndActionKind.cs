using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Engagement;

/// <summary>What an SOP does when it ends (结束动作).</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<SopEndActionKind>))]
public enum SopEndActionKind
{
    /// <summary>Add a tag to the member (打标签).</summary>
    Tag = 0,

    /// <summary>Invite the member to a group (邀请入群).</summary>
    InviteToGroup = 1,

    /// <summary>Hand the member over to another SOP (转入其他SOP), started at the end instant.</summary>
    HandOver = 2,
}
