using PrivateTraffic.Core.Fission;
using PrivateTraffic.Core.Serialization;

namespace PoolService.Hosting;

/// <summary>What a campaign command decided (<see cref="CampaignCommands"/>).</summary>
public sealed class CampaignChange : StreamChange<FissionCampaign>
{
    private readonly CampaignDecision? _decision;
    private readonly FissionCampaign? _launched;

    private CampaignChange(IReadOnlyList<CampaignEvent> events, int baseVersion, bool isRepeat, CampaignDecision? decision, FissionCampaign? launched)
        : base([.. events.Select(e => (e.EventId.Value, e.Type, PrivateTrafficJson.Serialize(e)))], baseVersion, isRepeat)
    {
        _decision = decision;
        _launched = launched;
    }

    /// <inheritdoc/>
    public override FissionCampaign Apply(FissionCampaign? current)
    {
        if (_launched is not null)
        {
            _launched.ClearPendingEvents();
            return _launched;
        }

        ArgumentNullException.ThrowIfNull(current);
        if (_decision is not null)
        {
            current.Apply(_decision);
        }

        return current;
    }

    internal static CampaignChange Repeat(int version) => new([], version, true, null, null);

    internal static CampaignChange Launch(FissionCampaign launched) => new(launched.PendingEvents, 0, false, null, launched);

    internal static CampaignChange Of(CampaignDecision decision) => new(decision.Events, decision.BaseVersion, decision.IsRepeat, decision, null);
}
