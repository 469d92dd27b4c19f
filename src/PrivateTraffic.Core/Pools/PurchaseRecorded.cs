using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

/// <summary>The member bought something (转化 / 复购). Purchases move the member along the buying stages.</summary>
/// <param name="EventId">Identifies the event.</param>
/// <param name="Pool">The pool.</param>
/// <param name="At">When it happened.</param>
/// <param name="Member">The member it is about.</param>
/// <param name="Category">The product category, such as <c>skincare</c>; a purchase in a second category makes the member cross-category (多品类).</param>
/// <param name="Amount">What the member paid.</param>
public sealed record PurchaseRecorded(DomainEventId EventId, PoolId Pool, Instant At, MemberId Member, string Category, Money Amount)
    : MemberEvent(EventId, Pool, At, Member);
