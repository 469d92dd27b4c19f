using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PoolService.Http;

/// <summary>A member leaves: the body of <c>POST /pools/{pool}/leaves</c>.</summary>
/// <param name="EventId">The event id.</param>
/// <param name="Member">The member.</param>
/// <param name="Reason">Why.</param>
/// <param name="At">When.</param>
public sealed record LeaveRequest(DomainEventId EventId, MemberId Member, LeaveReason Reason, Instant At);
