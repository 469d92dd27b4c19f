using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

/// <summary>The pool was reviewed as of an instant (复盘): the stage changes the review found follow it, with ids
/// <c>{EventId}~0</c>, <c>{EventId}~1</c>, .... It is the pool's clock: a pool reviewed daily has a latest instant that keeps up
/// with the calendar even when no member does anything, so a short future tolerance does not refuse the next real event.</summary>
/// <param name="EventId">Identifies the review.</param>
/// <param name="Pool">The pool.</param>
/// <param name="At">The instant the review looked at.</param>
public sealed record PoolReviewed(DomainEventId EventId, PoolId Pool, Instant At)
    : PoolEvent(EventId, Pool, At)
{
    /// <summary>The event's stable type name, its JSON discriminator.</summary>
    public const string TypeName = "poolReviewed";

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Type => TypeName;
}
