using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

/// <summary>The member asked to be erased (PIPL right to deletion). The pool keeps no personal data of theirs afterwards: only an anonymous tombstone with the instants the metrics need.</summary>
/// <param name="EventId">Identifies the event.</param>
/// <param name="Pool">The pool.</param>
/// <param name="At">When it happened.</param>
/// <param name="Member">The member it is about.</param>
public sealed record MemberErased(DomainEventId EventId, PoolId Pool, Instant At, MemberId Member)
    : MemberEvent(EventId, Pool, At, Member)
{
    /// <summary>The event's stable type name, its JSON discriminator.</summary>
    public const string TypeName = "memberErased";

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Type => TypeName;
}
