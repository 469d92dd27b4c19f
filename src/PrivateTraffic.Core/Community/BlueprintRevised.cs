using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Community;

/// <summary>A revision of a community's blueprint: the event that makes <paramref name="Blueprint"/> version
/// <paramref name="Version"/>. The first revision (version 1) is the first draft.</summary>
/// <param name="EventId">The event's id, unique within the blueprint's history.</param>
/// <param name="At">When the revision was made.</param>
/// <param name="Version">The version it makes, from 1 up by one.</param>
/// <param name="Note">Why it was revised.</param>
/// <param name="Blueprint">The blueprint as revised.</param>
public sealed record BlueprintRevised(DomainEventId EventId, Instant At, int Version, string Note, CommunityBlueprint Blueprint)
{
    /// <summary>The stable event type name.</summary>
    public const string TypeName = "blueprintRevised";
}
