using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Community;

/// <summary>An event of a community group (社群的群), identified by the private channel the group lives on. Events
/// are a contract: stable type names (the <c>type</c> member), additive changes only.</summary>
/// <param name="EventId">The event's id, unique within the group.</param>
/// <param name="Group">The group: the id of the private channel it lives on.</param>
/// <param name="At">When it happened.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(GroupOpened), GroupOpened.TypeName)]
[JsonDerivedType(typeof(MemberJoinedGroup), MemberJoinedGroup.TypeName)]
[JsonDerivedType(typeof(NextGroupProposed), NextGroupProposed.TypeName)]
[JsonDerivedType(typeof(MemberLeftGroup), MemberLeftGroup.TypeName)]
[JsonDerivedType(typeof(MemberRoleAssigned), MemberRoleAssigned.TypeName)]
public abstract record GroupEvent(DomainEventId EventId, ChannelId Group, Instant At)
{
    /// <summary>The stable event type name.</summary>
    [JsonIgnore]
    public abstract string Type { get; }
}
