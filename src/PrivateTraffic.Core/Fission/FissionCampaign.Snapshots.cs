using System.Collections.Generic;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Fission;

// Snapshots: written from the state, read back through every rule.
public sealed partial class FissionCampaign
{
    /// <summary>The campaign's state as a snapshot.</summary>
    public CampaignSnapshot ToSnapshot() => new(CampaignSnapshot.SchemaVersion, Version, _definition, [.. _entries]);

    /// <summary>Restores a campaign from a snapshot and the events stored after it, replaying every entry through the
    /// rules. Pending events are empty.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="laterEvents">Events stored after the snapshot's version, if any.</param>
    /// <exception cref="DomainRuleException"><see cref="DomainRuleCodes.FissionInvalidSnapshot"/> for a snapshot of an
    /// unknown schema, whose version disagrees with its entries, or whose entries a rule refuses.</exception>
    public static FissionCampaign Restore(CampaignSnapshot snapshot, IEnumerable<CampaignEvent>? laterEvents = null)
    {
        Guard.Against.Null(snapshot);
        Guard.Against.Null(snapshot.Definition);
        Guard.Against.Null(snapshot.Entries);
        if (snapshot.Schema != CampaignSnapshot.SchemaVersion || snapshot.Version != snapshot.Entries.Count + 1)
        {
            throw Rule(DomainRuleCodes.FissionInvalidSnapshot, $"A campaign snapshot of schema {snapshot.Schema} at version {snapshot.Version} with {snapshot.Entries.Count} entries: this library reads schema {CampaignSnapshot.SchemaVersion}, at version entries + 1.");
        }

        FissionCampaign campaign;
        try
        {
            campaign = Rebuild([snapshot.Definition, .. snapshot.Entries]);
            if (campaign.Version != snapshot.Version)
            {
                throw Rule(DomainRuleCodes.FissionInvalidSnapshot, "The snapshot repeats an event id.");
            }
        }
        catch (DomainRuleException ex) when (ex.Code != DomainRuleCodes.FissionInvalidSnapshot)
        {
            throw new DomainRuleException(DomainRuleCodes.FissionInvalidSnapshot, $"The snapshot's entries break a rule: {ex.Message}");
        }

        foreach (var e in laterEvents ?? [])
        {
            campaign.Apply(e);
        }

        return campaign;
    }
}
