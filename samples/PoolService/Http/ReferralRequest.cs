using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PoolService.Http;

/// <summary>Credit a referral (裂变): the body of <c>POST /pools/{pool}/campaigns/{campaign}/referrals</c>.</summary>
/// <param name="EventId">The referral's event id; the same id again is a repeat.</param>
/// <param name="Referrer">Who referred.</param>
/// <param name="Referee">The new member (not yet in the pool).</param>
/// <param name="At">When.</param>
public sealed record ReferralRequest(DomainEventId EventId, MemberId Referrer, MemberId Referee, Instant At);
