using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

/// <summary>An event about one member of the pool. A member's events must come in time order: one earlier than
/// the member's last applied event is refused (<see cref="DomainRuleCodes.PoolEventOutOfOrder"/>).</summary>
/// <param name="EventId">Identifies the event.</param>
/// <param name="Pool">The pool.</param>
/// <param name="At">When it happened.</param>
/// <param name="Member">The member it is about.</param>
public abstract record MemberEvent(DomainEventId EventId, PoolId Pool, Instant At, MemberId Member)
    : PoolEvent(EventId, Pool, At);
