using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Community;

/// <summary>A pool member joined the group; the ritual, when the group has one, was played.</summary>
/// <param name="EventId">The event's id.</param>
/// <param name="Group">The group's channel.</param>
/// <param name="At">When.</param>
/// <param name="Member">The member (a present member of the group's pool).</param>
/// <param name="Method">By invitation or by the group's QR code.</param>
/// <param name="InvitedBy">The member who invited, when the admission is by invitation; otherwise null.</param>
/// <param name="RitualPlayed">The joining ritual played, or null when the group has none.</param>
/// <param name="Tier">For a paid join, the membership tier paid for; otherwise null (and absent from JSON).</param>
/// <param name="FeePaid">For a paid join, the fee paid; otherwise null (and absent from JSON).</param>
public sealed record MemberJoinedGroup(
    DomainEventId EventId,
    ChannelId Group,
    Instant At,
    MemberId Member,
    JoinMethod Method,
    MemberId? InvitedBy,
    string? RitualPlayed,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Tier = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Money? FeePaid = null)
    : GroupEvent(EventId, Group, At)
{
    /// <summary>The stable type name.</summary>
    public const string TypeName = "memberJoinedGroup";

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Type => TypeName;
}
