using System.Collections.Generic;

namespace PrivateTraffic.Core.Fission;

/// <summary>
/// A campaign's state at one version (活动快照), written by <see cref="FissionCampaign.ToSnapshot"/> and read back by
/// <see cref="FissionCampaign.Restore"/>, which runs every rule again: a snapshot no history could produce is refused.
/// </summary>
/// <remarks>A campaign's state is one entry per referral (who brought whom, what was paid, who left), so the
/// snapshot keeps those entries in the order they were applied: its size is the state's, and replaying them checks
/// every reward, limit and the budget.</remarks>
/// <param name="Schema">The schema version of the snapshot; this library writes and reads <see cref="SchemaVersion"/>.</param>
/// <param name="Version">How many events the campaign had applied.</param>
/// <param name="Definition">The campaign's launch.</param>
/// <param name="Entries">Every later event in order: referrals credited, helpers who left, and the end if it ended.</param>
public sealed record CampaignSnapshot(int Schema, int Version, CampaignLaunched Definition, IReadOnlyList<CampaignEvent> Entries)
{
    /// <summary>The schema version this library writes (<c>schema</c> in JSON).</summary>
    public const int SchemaVersion = 1;
}
