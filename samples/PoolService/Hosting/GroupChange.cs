using PrivateTraffic.Core.Community;

namespace PoolService.Hosting;

/// <summary>What a group command decided (<see cref="GroupCommands.Decide"/>): the events to store after
/// <see cref="BaseVersion"/>, or a repeat. Nothing has changed until <see cref="Apply"/>.</summary>
public sealed class GroupChange
{
    private readonly GroupDecision? _decision;
    private readonly CommunityGroup? _opened;

    private GroupChange(IReadOnlyList<GroupEvent> events, int baseVersion, bool isRepeat, GroupDecision? decision, CommunityGroup? opened)
    {
        Events = events;
        BaseVersion = baseVersion;
        IsRepeat = isRepeat;
        _decision = decision;
        _opened = opened;
    }

    /// <summary>The events to store (none for a repeat).</summary>
    public IReadOnlyList<GroupEvent> Events { get; }

    /// <summary>The stream's version the events follow (0 for an opening).</summary>
    public int BaseVersion { get; }

    /// <summary>Whether the command's event id is already in the stream, so nothing changes.</summary>
    public bool IsRepeat { get; }

    /// <summary>The stream's version after the change.</summary>
    public int Version => BaseVersion + Events.Count;

    /// <summary>Applies the change, once its events are stored.</summary>
    /// <param name="group">The group the change was decided on (null for an opening).</param>
    /// <returns>The group after.</returns>
    public LoadedGroup Apply(LoadedGroup? group)
    {
        if (_opened is not null)
        {
            return LoadedGroup.Opened(_opened);
        }

        ArgumentNullException.ThrowIfNull(group);
        if (_decision is not null)
        {
            group.Apply(_decision);
        }

        return group;
    }

    internal static GroupChange Repeat(int version) => new([], version, true, null, null);

    internal static GroupChange Open(CommunityGroup opened) => new(opened.PendingEvents, 0, false, null, opened);

    internal static GroupChange Of(GroupDecision decision) => new(decision.Events, decision.Version, false, decision, null);
}
