using NodaTime;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Primitives;

namespace PoolService.Http;

/// <summary>Open a community group (社群) of the pool: the body of <c>POST /pools/{pool}/groups</c>, the inputs of
/// <c>CommunityGroup.Open</c>. The group's capacity and QR-code join limit follow from its kind (the library's default
/// capacity policy).</summary>
/// <param name="EventId">The opening's event id; the same id again is a repeat.</param>
/// <param name="Group">The group's channel id.</param>
/// <param name="Community">The community it belongs to.</param>
/// <param name="Kind">The group's channel kind (<c>weComGroup</c>, <c>weChatGroup</c>, ...).</param>
/// <param name="Admission">How members are admitted (<c>open</c>, <c>invitation</c>, ...).</param>
/// <param name="At">When.</param>
/// <param name="JoiningRitual">The welcome played on each join; none when absent.</param>
public sealed record OpenGroupRequest(DomainEventId EventId, ChannelId Group, string Community, ChannelKind Kind, AdmissionPolicy Admission, Instant At, string? JoiningRitual = null);
