using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PoolService.Http;

/// <summary>Capture a person into the pool (引流): the body of <c>POST /pools/{pool}/captures</c>.</summary>
/// <param name="EventId">The capture's event id; the same id again is a repeat (nothing changes).</param>
/// <param name="Member">The new member.</param>
/// <param name="Source">The channel they were captured from.</param>
/// <param name="At">When.</param>
/// <param name="SubPool">The sub-pool; the pool's first when absent.</param>
/// <param name="Tags">Labels; none when absent.</param>
/// <param name="JoinedBy">How they came in; invitation when absent.</param>
public sealed record CaptureRequest(
    DomainEventId EventId,
    MemberId Member,
    ChannelId Source,
    Instant At,
    string? SubPool = null,
    IReadOnlyList<string>? Tags = null,
    JoinMethod JoinedBy = JoinMethod.Invitation);
