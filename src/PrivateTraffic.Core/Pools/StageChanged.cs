using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

/// <summary>The member's lifecycle stage changed. A stage never changes without this event; it is refused unless <paramref name="From"/> is the recorded stage, the transition is legal and the member's history gives <paramref name="To"/> at <paramref name="At"/>.</summary>
/// <param name="EventId">Identifies the event.</param>
/// <param name="Pool">The pool.</param>
/// <param name="At">When it happened.</param>
/// <param name="Member">The member it is about.</param>
/// <param name="From">The stage before.</param>
/// <param name="To">The stage after.</param>
public sealed record StageChanged(DomainEventId EventId, PoolId Pool, Instant At, MemberId Member, LifecycleStage From, LifecycleStage To)
    : MemberEvent(EventId, Pool, At, Member)
{
    /// <summary>The event's stable type name, its JSON discriminator.</summary>
    public const string TypeName = "stageChanged";

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Type => TypeName;
}
