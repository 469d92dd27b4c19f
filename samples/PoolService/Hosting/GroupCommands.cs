using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PoolService.Hosting;

/// <summary>Turns a group command, given as the event it would raise, into a <see cref="GroupChange"/> decided against
/// the pool (a join needs a present member of the pool): an opening through <see cref="CommunityGroup.Open"/> (the
/// capacity and QR-code limit from the library's default <see cref="CapacityPolicy"/>, whatever the command says), a
/// join through <see cref="CommunityGroup.DecideJoin"/> (invitation and open admission only: no application or fee is
/// taken), a leave through <see cref="CommunityGroup.DecideLeave"/>. An event id already in the group's stream is a
/// repeat. Shared by every host, so they decide alike.</summary>
public static class GroupCommands
{
    /// <summary>The key of a group's stream beside its pool.</summary>
    /// <param name="group">The group's channel id.</param>
    /// <returns>The key.</returns>
    public static string Stream(ChannelId group) => "group:" + group.Value;

    /// <summary>Decides a group command; nothing changes.</summary>
    /// <param name="pool">The group's pool.</param>
    /// <param name="group">The group as loaded, or null when it has no stream yet.</param>
    /// <param name="command">A <see cref="GroupOpened"/>, <see cref="MemberJoinedGroup"/> or <see cref="MemberLeftGroup"/>.</param>
    /// <returns>The change.</returns>
    /// <exception cref="DomainRuleException">The group (or the pool) refused the command.</exception>
    /// <exception cref="PoolConflictException">The group was opened by another event.</exception>
    /// <exception cref="StreamNotFoundException">The group is not open.</exception>
    /// <exception cref="ArgumentException">The command is of another kind, or for another pool.</exception>
    public static GroupChange Decide(PrivatePool pool, LoadedGroup? group, GroupEvent command)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(command);
        if (command is GroupOpened opened)
        {
            if (opened.Pool != pool.Id)
            {
                throw new ArgumentException($"The group is for pool '{opened.Pool}', not '{pool.Id}'.", nameof(command));
            }

            if (group is not null)
            {
                return group.Group.Opened.EventId == opened.EventId
                    ? GroupChange.Repeat(group.Group.Version)
                    : throw new PoolConflictException(PoolConflictException.GroupExists, $"Group '{opened.Group}' was opened by event '{group.Group.Opened.EventId}'.");
            }

            return GroupChange.Open(CommunityGroup.Open(opened.Community, pool, opened.Group, opened.Kind, opened.Admission, opened.JoiningRitual, opened.At, opened.EventId));
        }

        if (group is null)
        {
            throw new StreamNotFoundException(StreamNotFoundException.GroupNotFound, $"No group '{command.Group}' in pool '{pool.Id}'.");
        }

        if (group.Knows(command.EventId.Value))
        {
            return GroupChange.Repeat(group.Group.Version);
        }

        return command switch
        {
            MemberJoinedGroup j => GroupChange.Of(group.Group.DecideJoin(pool, j.Member, j.Method, j.At, j.EventId, j.InvitedBy)),
            MemberLeftGroup l => GroupChange.Of(group.Group.DecideLeave(l.Member, l.Reason, l.At, l.EventId)),
            _ => throw new ArgumentException($"A '{command.Type}' is not a group command here: open, join or leave.", nameof(command)),
        };
    }
}
