using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PoolService.Http;

/// <summary>Grant or withdraw consent: the body of <c>POST /pools/{pool}/consents/grant</c> and <c>/withdraw</c>.</summary>
/// <param name="EventId">The event id.</param>
/// <param name="Member">The member.</param>
/// <param name="Purpose">The purpose.</param>
/// <param name="Channel">The channel.</param>
/// <param name="At">When.</param>
public sealed record ConsentRequest(DomainEventId EventId, MemberId Member, ConsentPurpose Purpose, ChannelId Channel, Instant At);
