using System.Collections.Generic;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Serialization;

/// <summary>One member slot of a snapshot; an erased member's slot has every personal member null.</summary>
internal sealed record MemberSnapshotDto(
    MemberId? Id,
    bool Erased,
    ChannelId Source,
    Instant CapturedAt,
    string SubPool,
    DateTimeZone? TimeZone,
    IReadOnlyList<string>? Tags,
    MemberId? Referrer,
    LifecycleStage Stage,
    int PurchaseCount,
    Instant? FirstPurchaseAt,
    Instant? SecondPurchaseAt,
    Instant? CrossCategoryAt,
    Instant? AdvocateAt,
    string? FirstCategory,
    int ReferralCount,
    Instant LastActivityAt,
    Instant LastEventAt,
    Instant? GoneAt,
    LeaveReason? LeaveReason,
    IReadOnlyList<ConsentRecord>? Consents);
