using PrivateTraffic.Core.Primitives;

namespace PoolService.Http;

/// <summary>One referrer's part of a campaign's results.</summary>
/// <param name="Referrer">The referrer.</param>
/// <param name="Credited">Referrals credited to them (counted or not).</param>
/// <param name="Counted">Of which counted toward their stages and still there (<c>CountedReferralsOf</c>).</param>
/// <param name="Rewards">What the campaign paid them for referrals (the credits' referrer rewards).</param>
public sealed record ReferrerResult(MemberId Referrer, int Credited, int Counted, Money Rewards);
