using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Engagement;

/// <summary>Negative feedback a member gives after a touch (负反馈); each starts the policy's cooldown for marketing.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<TouchFeedbackKind>))]
public enum TouchFeedbackKind
{
    /// <summary>A complaint (投诉), to the brand or the platform.</summary>
    Complaint = 0,

    /// <summary>The member blocked the account or muted the chat (拉黑 / 屏蔽).</summary>
    Block = 1,

    /// <summary>The member unfollowed or deleted the contact (取关 / 删除好友).</summary>
    Unfollow = 2,
}
