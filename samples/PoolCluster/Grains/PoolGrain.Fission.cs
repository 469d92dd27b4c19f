// The campaign commands are the service's (PoolService is referenced under an alias: see GrainPoolHost), so the
// cluster credits a referral exactly as the single process does.
extern alias service;

using NodaTime;
using PrivateTraffic.Core.Fission;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using service::PoolService.Hosting;

namespace PoolCluster.Grains;

/// <summary>The pool's fission campaigns (裂变), held by the pool's grain (see PoolGrain.Streams.cs): a referral is
/// decided against the campaign and the pool (a referee the pool knows is not new), by the one writer of both.</summary>
public sealed partial class PoolGrain
{
    /// <inheritdoc/>
    public Task<PoolCommandOutcome> LaunchCampaign(string launchedJson)
    {
        var launched = PrivateTrafficJson.Deserialize<CampaignLaunched>(launchedJson);
        return ExecuteStream(CampaignCommands.Stream(launched.Campaign), CampaignCommands.Load, (pool, campaign) => CampaignCommands.Launch(pool, campaign, launched));
    }

    /// <inheritdoc/>
    public Task<PoolCommandOutcome> CreditReferral(string campaign, string referrer, string referee, Instant at, string eventId)
    {
        var id = CampaignId.From(campaign);
        return ExecuteStream(CampaignCommands.Stream(id), CampaignCommands.Load,
            (pool, loaded) => CampaignCommands.Referral(pool, loaded, id, MemberId.From(referrer), MemberId.From(referee), at, DomainEventId.From(eventId)));
    }

    /// <inheritdoc/>
    public async Task<string?> Campaign(string campaign)
    {
        Require();
        await FinishPendingErasure();
        return await LoadStream(CampaignCommands.Stream(CampaignId.From(campaign)), CampaignCommands.Load) is { } loaded
            ? PrivateTrafficJson.Serialize(loaded.ToSnapshot())
            : null;
    }
}
