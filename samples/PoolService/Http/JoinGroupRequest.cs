using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PoolService.Http;

/// <summary>A member of the pool joins a group: the body of <c>POST /pools/{pool}/groups/{group}/joins</c>.</summary>
/// <param name="EventId">The join's event id; the same id again is a repeat.</param>
/// <param name="Member">A present member of the pool.</param>
/// <param name="Method">How they join (<c>groupQrCode</c>, <c>invitation</c>, ...).</param>
/// <param name="At">When.</param>
/// <param name="InvitedBy">The group member who invited them, if any.</param>
public sealed record JoinGroupRequest(DomainEventId EventId, MemberId Member, JoinMethod Method, Instant At, MemberId? InvitedBy = null);
