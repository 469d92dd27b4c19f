using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Fission;

/// <summary>
/// Erasure in a fission campaign's stored history (PIPL 删除权), the companion of <see cref="Pools.PoolRedaction"/>:
/// once a member was erased from the pool, every campaign event up to the erasure that names them (as a seed user,
/// referrer, referee, buyer, commission beneficiary or helper) names a pseudonym instead. Ids, instants, rewards,
/// commissions and counts stay, so the history rebuilds to the same campaign: the same referrals, spend and results.
/// </summary>
/// <remarks>
/// The member's id in events after the erasure instant is a new person (captured into the pool again) and is kept. Use
/// the same pseudonym as in the pool's redaction, so the campaign's referrals still match the pool's referral graph.
/// </remarks>
public static class CampaignRedaction
{
    /// <summary>Redacts an erased member from a campaign's history.</summary>
    /// <param name="history">The campaign's events in stored order, starting with its launch.</param>
    /// <param name="erased">The member erased from the pool.</param>
    /// <param name="pseudonym">The id to put in their place: set, different from the member's, and named by no event.</param>
    /// <param name="erasedAt">When the member was erased from the pool; later events are left as they are.</param>
    /// <returns>The redacted history, event for event (same length, ids and order).</returns>
    /// <exception cref="ArgumentException">A null history or item, an unset id, or a pseudonym the history already names.</exception>
    public static IReadOnlyList<CampaignEvent> Redact(IReadOnlyList<CampaignEvent> history, MemberId erased, MemberId pseudonym, Instant erasedAt) =>
        MemberRedaction.Redact(history, erased, pseudonym, erasedAt, e => e.At, Names, e => Redacted(e, erased, pseudonym));

    private static bool Names(CampaignEvent e, MemberId id) => e switch
    {
        CampaignLaunched l => l.SeedUsers.Contains(id),
        ReferralCredited r => r.Referrer == id || r.Referee == id,
        CommissionPaid c => c.Buyer == id || c.Commissions.Any(level => level.Referrer == id),
        HelperLeft h => h.Helper == id,
        _ => false,
    };

    private static CampaignEvent Redacted(CampaignEvent e, MemberId erased, MemberId pseudonym)
    {
        MemberId Swap(MemberId id) => id == erased ? pseudonym : id;
        return e switch
        {
            CampaignLaunched l => l with { SeedUsers = [.. l.SeedUsers.Select(Swap)] },
            ReferralCredited r => r with { Referrer = Swap(r.Referrer), Referee = Swap(r.Referee) },
            CommissionPaid c => c with
            {
                Buyer = Swap(c.Buyer),
                Commissions = [.. c.Commissions.Select(level => level with { Referrer = Swap(level.Referrer) })],
            },
            HelperLeft h => h with { Helper = pseudonym },
            _ => e,
        };
    }
}
