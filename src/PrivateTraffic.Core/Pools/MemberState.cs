using System.Collections.Generic;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

/// <summary>
/// One member's folded state, stored by value in the pool's slot array (one slot per capture, in capture order).
/// Instants that have not happened yet are <see cref="Never"/>, so that "reached by t" is one comparison.
/// An erased member's slot is a tombstone: <see cref="Id"/> is unset and every personal field is cleared.
/// </summary>
internal struct MemberState
{
    public static readonly Instant Never = Instant.MaxValue;

    public MemberId Id;
    public MemberId Referrer;
    public ReferralTerms? Referral;
    public string[]? Tags;
    public string? FirstCategory;
    public List<ConsentRecord>? Consents;
    public List<int>? Referees;
    public Instant CapturedAt;
    public Instant FirstPurchaseAt;
    public Instant SecondPurchaseAt;
    public Instant CrossCategoryAt;
    public Instant AdvocateAt;
    public Instant LastActivityAt;
    public Instant LastEventAt;
    public Instant GoneAt;
    public int PurchaseCount;
    public int ReferralCount;
    public ushort SourceIndex;
    public ushort ZoneIndex;
    public byte SubPoolIndex;
    public LifecycleStage Stage;
    public LeaveReason LeaveReason;
    public bool Left;
    public bool Erased;

    /// <summary>The highest buying stage reached by <paramref name="asOf"/>.</summary>
    public readonly LifecycleStage BuyingStageAsOf(Instant asOf) =>
        asOf == Never ? BuyingStageAsOf(Never - Duration.Epsilon) // "never" has not been reached even at the end of time
        : AdvocateAt <= asOf ? LifecycleStage.Advocate
        : CrossCategoryAt <= asOf ? LifecycleStage.CrossCategory
        : SecondPurchaseAt <= asOf ? LifecycleStage.Repeat
        : FirstPurchaseAt <= asOf ? LifecycleStage.FirstPurchase
        : LifecycleStage.Prospect;
}
