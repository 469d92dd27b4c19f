using System.Text.Json.Serialization;
using System.Collections.Generic;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

/// <summary>One member's entry in a <see cref="PoolSnapshot"/>: their folded numbers. An erased member's entry is an
/// anonymous tombstone: every personal member (id, zone, tags, referrer, first category, consents, referral details)
/// is null.</summary>
/// <param name="Id">The member's id; null when erased.</param>
/// <param name="Erased">Whether the member was erased.</param>
/// <param name="Source">Where they were captured.</param>
/// <param name="CapturedAt">When.</param>
/// <param name="SubPool">Their sub-pool.</param>
/// <param name="TimeZone">Their time zone; null when erased.</param>
/// <param name="Tags">Their tags; null when erased.</param>
/// <param name="Referrer">Who brought them, if anyone.</param>
/// <param name="Stage">Their recorded stage.</param>
/// <param name="PurchaseCount">How many purchases.</param>
/// <param name="FirstPurchaseAt">The first purchase, if any.</param>
/// <param name="SecondPurchaseAt">The second purchase, if any.</param>
/// <param name="CrossCategoryAt">The first purchase in a second category, if any.</param>
/// <param name="AdvocateAt">When they became an advocate, if ever: the instant of the first referral recorded for them, which a
/// referral recorded later with an earlier instant does not move back (the stage change already published stands).</param>
/// <param name="FirstCategory">The category of their first purchase.</param>
/// <param name="ReferralCount">How many members they brought in.</param>
/// <param name="LastActivityAt">Their last activity (capture, purchase, interaction, referral).</param>
/// <param name="LastEventAt">The instant of their last event.</param>
/// <param name="GoneAt">When they left or were erased, if so.</param>
/// <param name="LeaveReason">Why they left, if they did.</param>
/// <param name="Consents">Their consent records; null when erased.</param>
/// <param name="ReferredAt">When their referral was recorded, with <paramref name="Referrer"/>.</param>
/// <param name="Campaign">The referral's campaign, if any.</param>
/// <param name="Mechanic">The referral's mechanic, if any.</param>
/// <param name="Reward">The referral's reward, if any.</param>
public sealed record MemberSnapshot(
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
    IReadOnlyList<ConsentRecord>? Consents,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Instant? ReferredAt = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] CampaignId? Campaign = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ReferralMechanic? Mechanic = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Money? Reward = null);
