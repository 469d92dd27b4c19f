using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Serialization;

namespace PoolService.Hosting;

/// <summary>What a group command decided (<see cref="GroupCommands.Decide"/>).</summary>
public sealed class GroupChange : StreamChange<LoadedGroup>
{
    private readonly GroupDecision? _decision;
    private readonly CommunityGroup? _opened;

    private GroupChange(IReadOnlyList<GroupEvent> events, int baseVersion, bool isRepeat, GroupDecision? decision, CommunityGroup? opened)
        : base([.. events.Select(e => (e.EventId.Value, e.Type, PrivateTrafficJson.Serialize(e)))], baseVersion, isRepeat)
    {
        _decision = decision;
        _opened = opened;
    }

    /// <inheritdoc/>
    public override LoadedGroup Apply(LoadedGroup? current)
    {
        if (_opened is not null)
        {
            return LoadedGroup.Opened(_opened);
        }

        ArgumentNullException.ThrowIfNull(current);
        if (_decision is not null)
        {
            current.Apply(_decision);
        }

        return current;
    }

    internal static GroupChange Repeat(int version) => new([], version, true, null, null);

    internal static GroupChange Open(CommunityGroup opened) => new(opened.PendingEvents, 0, false, null, opened);

    internal static GroupChange Of(GroupDecision decision) => new(decision.Events, decision.Version, false, decision, null);
}
