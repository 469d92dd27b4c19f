using System.Collections.Generic;

namespace PrivateTraffic.Core.Fission;

/// <summary>
/// What a command would do to a campaign, decided without changing it: the events, in order, and the campaign's
/// <see cref="FissionCampaign.Version"/> when it was decided. Store the events, then apply the decision with
/// <see cref="FissionCampaign.Apply(CampaignDecision)"/>; a campaign that changed in between refuses it whole.
/// </summary>
public sealed class CampaignDecision
{
    internal CampaignDecision(FissionCampaign campaign, IReadOnlyList<CampaignEvent> events, int baseVersion, bool isRepeat)
    {
        Campaign = campaign;
        Events = events;
        BaseVersion = baseVersion;
        IsRepeat = isRepeat;
    }

    /// <summary>The events the command raises, in the order they are applied; empty for a repeated command.</summary>
    public IReadOnlyList<CampaignEvent> Events { get; }

    /// <summary>The campaign's version when the command was decided.</summary>
    public int BaseVersion { get; }

    /// <summary>Whether the command was already applied (its event id is known): nothing to store, nothing to apply.</summary>
    public bool IsRepeat { get; }

    internal FissionCampaign Campaign { get; }
}
