using NodaTime;
using PrivateTraffic.Core.Fission;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PoolService.Hosting;

/// <summary>Decides a pool's fission campaign (裂变) commands against the campaign and the pool: a launch through
/// <see cref="FissionCampaign.Launch"/>, a referral through <see cref="FissionCampaign.DecideReferral"/> with
/// <c>alreadyMember</c> read from the pool (a referee the pool already knows, present or not, is not a new member:
/// <c>fission.not_new_member</c>). The campaign knows its own repeats (event ids). Shared by every host.</summary>
public static class CampaignCommands
{
    /// <summary>The key of a campaign's stream beside its pool.</summary>
    /// <param name="campaign">The campaign.</param>
    /// <returns>The key.</returns>
    public static string Stream(CampaignId campaign) => "campaign:" + campaign.Value;

    /// <summary>Rebuilds a campaign from its stream.</summary>
    /// <param name="history">The campaign's events' JSON, its launch first.</param>
    /// <returns>The campaign.</returns>
    public static FissionCampaign Load(IReadOnlyList<string> history) =>
        FissionCampaign.Rebuild(history.Select(PrivateTrafficJson.Deserialize<CampaignEvent>));

    /// <summary>Decides a launch; nothing changes.</summary>
    /// <param name="pool">The pool.</param>
    /// <param name="campaign">The campaign as loaded, or null when it has no stream yet.</param>
    /// <param name="launched">The launch.</param>
    /// <returns>The change.</returns>
    /// <exception cref="PoolConflictException">The campaign was launched by another event.</exception>
    /// <exception cref="DomainRuleException">The launch breaks a rule (no budget, another currency, ...).</exception>
    public static CampaignChange Launch(PrivatePool pool, FissionCampaign? campaign, CampaignLaunched launched)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(launched);
        if (campaign is not null)
        {
            return campaign.Definition.EventId == launched.EventId
                ? CampaignChange.Repeat(campaign.Version)
                : throw new PoolConflictException(PoolConflictException.CampaignExists, $"Campaign '{launched.Campaign}' was launched by event '{campaign.Definition.EventId}'.");
        }

        return CampaignChange.Launch(FissionCampaign.Launch(launched.Campaign, launched.Name, launched.Mechanic, launched.Bait, launched.Rule, launched.Budget,
            launched.At, launched.EventId, launched.SeedUsers, launched.PerMemberLimit, launched.PerDayLimit, launched.TimeZone, launched.Distribution));
    }

    /// <summary>Decides a referral; nothing changes.</summary>
    /// <param name="pool">The pool.</param>
    /// <param name="campaign">The campaign as loaded, or null when it has no stream.</param>
    /// <param name="id">The campaign's id.</param>
    /// <param name="referrer">Who referred.</param>
    /// <param name="referee">The new member.</param>
    /// <param name="at">When.</param>
    /// <param name="eventId">The referral's event id; a known one is a repeat.</param>
    /// <returns>The change.</returns>
    /// <exception cref="StreamNotFoundException">The campaign was not launched.</exception>
    /// <exception cref="DomainRuleException">The campaign refused the referral.</exception>
    public static CampaignChange Referral(PrivatePool pool, FissionCampaign? campaign, CampaignId id, MemberId referrer, MemberId referee, Instant at, DomainEventId eventId)
    {
        ArgumentNullException.ThrowIfNull(pool);
        if (campaign is null)
        {
            throw new StreamNotFoundException(StreamNotFoundException.CampaignNotFound, $"No campaign '{id}' in pool '{pool.Id}'.");
        }

        return CampaignChange.Of(campaign.DecideReferral(referrer, referee, at, eventId, alreadyMember: pool.Find(referee) is not null));
    }
}
