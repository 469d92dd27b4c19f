using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

/// <summary>The member interacted with the pool: replied, liked a moments post (朋友圈), joined an activity. Interactions keep a member from going dormant.</summary>
/// <param name="EventId">Identifies the event.</param>
/// <param name="Pool">The pool.</param>
/// <param name="At">When it happened.</param>
/// <param name="Member">The member it is about.</param>
/// <param name="Kind">What kind of interaction, such as <c>reply</c> or <c>moments-like</c>.</param>
public sealed record InteractionRecorded(DomainEventId EventId, PoolId Pool, Instant At, MemberId Member, string Kind)
    : MemberEvent(EventId, Pool, At, Member)
{
    /// <summary>The event's stable type name, its JSON discriminator.</summary>
    public const string TypeName = "interactionRecorded";

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Type => TypeName;
}
