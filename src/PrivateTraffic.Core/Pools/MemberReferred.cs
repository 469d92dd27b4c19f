using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

/// <summary>A member was brought by another member (裂变): the edge of the referral graph, who brought whom. The referrer must have been captured before the member, so the graph has no cycles.</summary>
/// <param name="EventId">Identifies the event.</param>
/// <param name="Pool">The pool.</param>
/// <param name="At">When it happened.</param>
/// <param name="Member">The member it is about.</param>
/// <param name="Referrer">The member who brought them.</param>
public sealed record MemberReferred(DomainEventId EventId, PoolId Pool, Instant At, MemberId Member, MemberId Referrer)
    : MemberEvent(EventId, Pool, At, Member);
