using System.Collections.Generic;

namespace PrivateTraffic.Core.Community;

/// <summary>What a group command would do: the events, and the group version it was decided on. Deciding changes
/// nothing; <see cref="CommunityGroup.Apply(GroupDecision)"/> applies it whole.</summary>
public sealed class GroupDecision
{
    internal GroupDecision(IReadOnlyList<GroupEvent> events, int version)
    {
        Events = events;
        Version = version;
    }

    /// <summary>The events, in order.</summary>
    public IReadOnlyList<GroupEvent> Events { get; }

    /// <summary>The group's version (events applied) when decided.</summary>
    public int Version { get; }
}
