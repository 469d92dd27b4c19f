using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

/// <summary>
/// Something that happened to a private pool (私域流量池). A pool's state is the fold of its events
/// (<see cref="PrivatePool.Rebuild"/>): every change is one of these records, identified by
/// <see cref="EventId"/> so that applying it twice changes nothing.
/// </summary>
/// <remarks>
/// JSON: an object with a <c>type</c> discriminator first (<c>poolCreated</c>, <c>memberCaptured</c>, ...); see
/// docs/json-pools.md. Event ids should be opaque (not built from a phone number or a name): the pool keeps the
/// ids it has applied, also after a member is erased.
/// </remarks>
/// <param name="EventId">Identifies the event; applying an event whose id the pool has seen changes nothing.</param>
/// <param name="Pool">The pool the event belongs to.</param>
/// <param name="At">When it happened.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(PoolCreated), PoolCreated.TypeName)]
[JsonDerivedType(typeof(PoolReviewed), PoolReviewed.TypeName)]
[JsonDerivedType(typeof(MemberCaptured), MemberCaptured.TypeName)]
[JsonDerivedType(typeof(MemberReferred), MemberReferred.TypeName)]
[JsonDerivedType(typeof(PurchaseRecorded), PurchaseRecorded.TypeName)]
[JsonDerivedType(typeof(InteractionRecorded), InteractionRecorded.TypeName)]
[JsonDerivedType(typeof(StageChanged), StageChanged.TypeName)]
[JsonDerivedType(typeof(MemberMoved), MemberMoved.TypeName)]
[JsonDerivedType(typeof(ConsentGranted), ConsentGranted.TypeName)]
[JsonDerivedType(typeof(ConsentWithdrawn), ConsentWithdrawn.TypeName)]
[JsonDerivedType(typeof(MemberLeft), MemberLeft.TypeName)]
[JsonDerivedType(typeof(MemberErased), MemberErased.TypeName)]
public abstract record PoolEvent(DomainEventId EventId, PoolId Pool, Instant At)
{
    /// <summary>The event's stable type name (<c>memberCaptured</c>, ...): its JSON discriminator, and the name a store
    /// should record beside it. It never changes for an event type; each type also has it as a constant, <c>TypeName</c>.</summary>
    [JsonIgnore]
    public abstract string Type { get; }
}
