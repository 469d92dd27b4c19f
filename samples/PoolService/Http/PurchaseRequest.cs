using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PoolService.Http;

/// <summary>Record a purchase: the body of <c>POST /pools/{pool}/purchases</c>.</summary>
/// <param name="EventId">The purchase's event id (an order number, opaque).</param>
/// <param name="Member">The buyer.</param>
/// <param name="Category">What was bought.</param>
/// <param name="Amount">How much.</param>
/// <param name="At">When.</param>
/// <param name="Margin">The margin, if known.</param>
public sealed record PurchaseRequest(DomainEventId EventId, MemberId Member, string Category, Money Amount, Instant At, Money? Margin = null);
