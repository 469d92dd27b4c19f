using NodaTime;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Primitives;

namespace PoolService.Http;

/// <summary>A member leaves a group, or is removed: the body of <c>POST /pools/{pool}/groups/{group}/leaves</c>.</summary>
/// <param name="EventId">The event id; the same id again is a repeat.</param>
/// <param name="Member">A member of the group.</param>
/// <param name="Reason"><c>left</c> or <c>removed</c>.</param>
/// <param name="At">When.</param>
public sealed record LeaveGroupRequest(DomainEventId EventId, MemberId Member, GroupLeaveReason Reason, Instant At);
