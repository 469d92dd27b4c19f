using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PoolService.Http;

/// <summary>Erase a member (PIPL): the body of <c>POST /pools/{pool}/erasures</c>. The stored history is redacted and
/// the pool's snapshot dropped in the same transaction.</summary>
/// <param name="EventId">The event id.</param>
/// <param name="Member">The member.</param>
/// <param name="At">When.</param>
public sealed record EraseRequest(DomainEventId EventId, MemberId Member, Instant At);
