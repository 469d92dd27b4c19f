using System.Collections.Generic;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

/// <summary>A brand opened a private pool on one of its private channels. It is the first event of every pool.</summary>
/// <param name="EventId">Identifies the event.</param>
/// <param name="Pool">The new pool's id.</param>
/// <param name="At">When it was opened.</param>
/// <param name="Owner">The brand or person who owns the pool (为自己所有).</param>
/// <param name="Channel">The private channel, such as the clerk's WeChat account.</param>
/// <param name="Kind">The kind of private channel (public channels cannot own a pool).</param>
/// <param name="SubPools">The sub-pools' names, 1 to 32 of them, such as <c>prospects</c> and <c>customers</c>; new members go to the first unless told otherwise.</param>
/// <param name="Capacity">How many present members the pool holds at most, or null for no limit.</param>
/// <param name="QrCodeJoinLimit">The size past which joining by group QR code stops, or null.</param>
public sealed record PoolCreated(
    DomainEventId EventId,
    PoolId Pool,
    Instant At,
    string Owner,
    ChannelId Channel,
    ChannelKind Kind,
    IReadOnlyList<string> SubPools,
    int? Capacity,
    int? QrCodeJoinLimit)
    : PoolEvent(EventId, Pool, At);
