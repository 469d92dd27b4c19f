using System.Text.Json.Serialization;
using System;
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
/// <param name="DormantAfter">The lifecycle's dormancy period (<see cref="LifecyclePolicy.DormantAfter"/>); null means the
/// default policy's. Part of the definition, so a rebuild uses the policy the pool was opened with.</param>
/// <param name="ChurnedAfter">The lifecycle's churn period (<see cref="LifecyclePolicy.ChurnedAfter"/>); null with <paramref name="DormantAfter"/>.</param>
/// <param name="FutureTolerance">How far past the pool's latest instant an event may be dated; a later one is refused with
/// <see cref="DomainRuleCodes.PoolEventInFuture"/>. Null means no limit.</param>
/// <remarks>Stable type name: <see cref="TypeName"/>.</remarks>
public sealed record PoolCreated(
    DomainEventId EventId,
    PoolId Pool,
    Instant At,
    string Owner,
    ChannelId Channel,
    ChannelKind Kind,
    IReadOnlyList<string> SubPools,
    int? Capacity,
    int? QrCodeJoinLimit,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Period? DormantAfter = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Period? ChurnedAfter = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Duration? FutureTolerance = null)
    : PoolEvent(EventId, Pool, At)
{
    /// <summary>The event's stable type name, its JSON discriminator.</summary>
    public const string TypeName = "poolCreated";

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>The lifecycle policy this definition names (the default one when it names none).</summary>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentException">The periods are not a valid policy, or only one is given.</exception>
    public LifecyclePolicy Lifecycle() =>
        (DormantAfter, ChurnedAfter) switch
        {
            (null, null) => LifecyclePolicy.Default,
            ({ } dormant, { } churned) => LifecyclePolicy.Create(dormant, churned),
            _ => throw new ArgumentException("A definition names both lifecycle periods or neither.", nameof(DormantAfter)),
        };
}
