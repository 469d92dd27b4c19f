using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Pools;

/// <summary>
/// A read-only view of one member of a private pool (私域成员), as the pool knows them now. Obtain it with
/// <see cref="PrivatePool.Find"/> or <see cref="PrivatePool.Members"/>; it does not change when the pool does.
/// </summary>
/// <remarks>A read model with a JSON contract that is written only (docs/json-pools.md): its truth is the pool, so a
/// service that needs members back restores the pool from its snapshot and events.</remarks>
[JsonConverter(typeof(PoolMemberJsonConverter))]
public sealed class PoolMember
{
    internal PoolMember(in MemberState state, string subPool, ChannelId source, DateTimeZone zone)
    {
        Id = state.Id;
        Source = source;
        CapturedAt = state.CapturedAt;
        SubPool = subPool;
        TimeZone = zone;
        Tags = state.Tags ?? [];
        Referrer = state.Referrer.IsUnset ? null : state.Referrer;
        Stage = state.Stage;
        PurchaseCount = state.PurchaseCount;
        ReferralCount = state.ReferralCount;
        LastActivityAt = state.LastActivityAt;
        LeftAt = state.Left ? state.GoneAt : null;
        Consents = state.Consents is null ? [] : state.Consents.ToArray();
    }

    /// <summary>The member's id.</summary>
    public MemberId Id { get; }

    /// <summary>Where they were captured.</summary>
    public ChannelId Source { get; }

    /// <summary>When they were captured.</summary>
    public Instant CapturedAt { get; }

    /// <summary>The sub-pool they are in.</summary>
    public string SubPool { get; }

    /// <summary>Their time zone (Asia/Shanghai unless given).</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>The owner's labels for them.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>Who brought them, or null.</summary>
    public MemberId? Referrer { get; }

    /// <summary>Their recorded stage: the <c>To</c> of their last <see cref="StageChanged"/>. It does not move with the
    /// clock; <see cref="PrivatePool.StageOf"/> evaluates the stage at an instant.</summary>
    public LifecycleStage Stage { get; }

    /// <summary>How many purchases they made.</summary>
    public int PurchaseCount { get; }

    /// <summary>How many members they brought who joined.</summary>
    public int ReferralCount { get; }

    /// <summary>Their last activity: capture, purchase, interaction or bringing someone in.</summary>
    public Instant LastActivityAt { get; }

    /// <summary>When they left, or null while they are in the pool.</summary>
    public Instant? LeftAt { get; }

    /// <summary>Their consent history, oldest first.</summary>
    public IReadOnlyList<ConsentRecord> Consents { get; }
}
