using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Community;

/// <summary>A member left the group (退群), or was removed from it for breaking its rules; the headcount drops by one.</summary>
/// <param name="EventId">The event's id.</param>
/// <param name="Group">The group's channel.</param>
/// <param name="At">When.</param>
/// <param name="Member">The member (a member of the group until now).</param>
/// <param name="Reason">Left of their own accord, or removed.</param>
public sealed record MemberLeftGroup(DomainEventId EventId, ChannelId Group, Instant At, MemberId Member, GroupLeaveReason Reason)
    : GroupEvent(EventId, Group, At)
{
    /// <summary>The stable type name.</summary>
    public const string TypeName = "memberLeftGroup";

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Type => TypeName;
}
