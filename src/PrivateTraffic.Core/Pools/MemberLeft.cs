using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

/// <summary>The member left the pool and is churned (流失). After this only <see cref="StageChanged"/> to churned and <see cref="MemberErased"/> are accepted for them.</summary>
/// <param name="EventId">Identifies the event.</param>
/// <param name="Pool">The pool.</param>
/// <param name="At">When it happened.</param>
/// <param name="Member">The member it is about.</param>
/// <param name="Reason">Why.</param>
public sealed record MemberLeft(DomainEventId EventId, PoolId Pool, Instant At, MemberId Member, LeaveReason Reason)
    : MemberEvent(EventId, Pool, At, Member)
{
    /// <summary>The event's stable type name, its JSON discriminator.</summary>
    public const string TypeName = "memberLeft";

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Type => TypeName;
}
