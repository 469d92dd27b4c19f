using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Community;

/// <summary>A group member was given a role of the community's management structure (管理架构), one the blueprint has;
/// it replaces the member's earlier role in the group.</summary>
/// <param name="EventId">The event's id.</param>
/// <param name="Group">The group's channel.</param>
/// <param name="At">When.</param>
/// <param name="Member">The member (a member of the group).</param>
/// <param name="Role">The role, one of the blueprint's roles when it was assigned.</param>
public sealed record MemberRoleAssigned(DomainEventId EventId, ChannelId Group, Instant At, MemberId Member, CommunityRole Role)
    : GroupEvent(EventId, Group, At)
{
    /// <summary>The stable type name.</summary>
    public const string TypeName = "memberRoleAssigned";

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Type => TypeName;
}
