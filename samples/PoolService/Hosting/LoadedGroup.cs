using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Serialization;

namespace PoolService.Hosting;

/// <summary>A community group (社群) of a pool as a host keeps it loaded: the group and the ids of every event of its
/// stream, so that a retried command is known as a repeat.</summary>
public sealed class LoadedGroup
{
    private readonly HashSet<string> _eventIds;

    /// <summary>Rebuilds a group from its stream.</summary>
    /// <param name="history">The group's events, its opening first.</param>
    /// <exception cref="ArgumentException">The stream does not start with the group's opening.</exception>
    public LoadedGroup(IReadOnlyList<GroupEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var opened = history.Count > 0 && history[0] is GroupOpened o ? o : throw new ArgumentException("A group's stream starts with its opening.", nameof(history));
        Group = CommunityGroup.Restore(new GroupSnapshot(GroupSnapshot.SchemaVersion, opened, [], 1), history.Skip(1));
        _eventIds = new HashSet<string>(history.Select(e => e.EventId.Value), StringComparer.Ordinal);
    }

    private LoadedGroup(CommunityGroup group)
    {
        Group = group;
        _eventIds = new HashSet<string>(group.PendingEvents.Select(e => e.EventId.Value), StringComparer.Ordinal);
    }

    /// <summary>Rebuilds a group from its stream as stored.</summary>
    /// <param name="history">The events' JSON, the opening first.</param>
    /// <returns>The group.</returns>
    public static LoadedGroup Load(IReadOnlyList<string> history) =>
        new([.. history.Select(PrivateTrafficJson.Deserialize<GroupEvent>)]);

    /// <summary>The group.</summary>
    public CommunityGroup Group { get; }

    /// <summary>Whether an event of the stream has this id.</summary>
    /// <param name="eventId">The id.</param>
    /// <returns>True when known.</returns>
    public bool Knows(string eventId) => _eventIds.Contains(eventId);

    /// <summary>A group just opened (its opening pending).</summary>
    /// <param name="opened">The group.</param>
    /// <returns>The loaded group.</returns>
    internal static LoadedGroup Opened(CommunityGroup opened) => new(opened);

    /// <summary>Applies a decision of the group, and remembers its event ids.</summary>
    /// <param name="decision">The decision.</param>
    internal void Apply(GroupDecision decision)
    {
        Group.Apply(decision);
        foreach (var e in decision.Events)
        {
            _eventIds.Add(e.EventId.Value);
        }
    }
}
