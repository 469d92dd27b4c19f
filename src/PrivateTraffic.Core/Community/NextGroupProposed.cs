using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Community;

/// <summary>The group reached its capacity, so it proposes the next group (groups spawn groups, article 002).</summary>
/// <param name="EventId">The event's id.</param>
/// <param name="Group">The full group's channel.</param>
/// <param name="At">When.</param>
/// <param name="Members">The headcount that filled it.</param>
public sealed record NextGroupProposed(DomainEventId EventId, ChannelId Group, Instant At, int Members)
    : GroupEvent(EventId, Group, At)
{
    /// <summary>The stable type name.</summary>
    public const string TypeName = "nextGroupProposed";

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Type => TypeName;
}
