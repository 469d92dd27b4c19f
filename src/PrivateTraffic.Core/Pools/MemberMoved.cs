using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

/// <summary>The member moved from one sub-pool to another, for example from the prospects pool to the customers pool.</summary>
/// <param name="EventId">Identifies the event.</param>
/// <param name="Pool">The pool.</param>
/// <param name="At">When it happened.</param>
/// <param name="Member">The member it is about.</param>
/// <param name="From">The sub-pool the member was in.</param>
/// <param name="To">The sub-pool the member is in now.</param>
public sealed record MemberMoved(DomainEventId EventId, PoolId Pool, Instant At, MemberId Member, string From, string To)
    : MemberEvent(EventId, Pool, At, Member)
{
    /// <summary>The event's stable type name, its JSON discriminator.</summary>
    public const string TypeName = "memberMoved";

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Type => TypeName;
}
