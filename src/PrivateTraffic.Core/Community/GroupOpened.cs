using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Community;

/// <summary>A group was opened for a community on a private channel of a pool, with its capacity (from the pools'
/// <see cref="CapacityPolicy"/>) and admission.</summary>
/// <param name="EventId">The event's id.</param>
/// <param name="Group">The group's channel.</param>
/// <param name="At">When.</param>
/// <param name="Community">The community's name.</param>
/// <param name="Pool">The pool whose members may join.</param>
/// <param name="Kind">The private channel kind (e.g. a WeCom customer group).</param>
/// <param name="Capacity">The most members, or null for no limit.</param>
/// <param name="QrCodeJoinLimit">The headcount past which nobody joins by QR code, or null.</param>
/// <param name="Admission">How people join.</param>
/// <param name="JoiningRitual">The ritual played on every join, or null.</param>
public sealed record GroupOpened(DomainEventId EventId, ChannelId Group, Instant At, string Community, PoolId Pool, ChannelKind Kind, int? Capacity, int? QrCodeJoinLimit, AdmissionPolicy Admission, string? JoiningRitual)
    : GroupEvent(EventId, Group, At)
{
    /// <summary>The stable type name.</summary>
    public const string TypeName = "groupOpened";

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Type => TypeName;
}
