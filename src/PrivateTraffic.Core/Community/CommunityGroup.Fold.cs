using System.Collections.Generic;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Community;

/// <summary>The fold of a group: applies events already checked; no checks here.</summary>
public sealed partial class CommunityGroup
{
    private void Fold(GroupEvent e)
    {
        _eventIds.Add(e.EventId);
        if (e is MemberJoinedGroup joined)
        {
            _members.Add(joined.Member);
            _memberSet.Add(joined.Member);
        }
        else if (e is MemberLeftGroup left)
        {
            _members.Remove(left.Member);
            _memberSet.Remove(left.Member);
            _roles.Remove(left.Member);
        }
        else if (e is MemberRoleAssigned assigned)
        {
            _roles[assigned.Member] = assigned.Role;
        }

        Version++;
    }

    /// <summary>Restores a group from its snapshot and the events applied after it, checking the snapshot against the
    /// group's rules (each member once, capacity not exceeded), each later join as a join is checked (except the
    /// pool and the admission, which were checked when it was decided) and each later leave as a leave is checked (the
    /// member present), and each role held by a present member once (a role's place in the blueprint was checked when
    /// it was decided). The snapshot holds the present members only: one who left is not in it.</summary>
    /// <exception cref="DomainRuleException"><c>community.invalid_snapshot</c>, or a later event that breaks a rule.</exception>
    public static CommunityGroup Restore(GroupSnapshot snapshot, IEnumerable<GroupEvent>? laterEvents = null)
    {
        Guard.Against.Null(snapshot);
        Guard.Against.Null(snapshot.Opened);
        Guard.Against.Null(snapshot.Members);
        if (snapshot.Schema != GroupSnapshot.SchemaVersion || snapshot.Version < 1 + snapshot.Members.Count)
        {
            throw new DomainRuleException(DomainRuleCodes.CommunityInvalidSnapshot, $"Schema {snapshot.Schema} (expected {GroupSnapshot.SchemaVersion}) or version {snapshot.Version} below the events its members need.");
        }

        var group = new CommunityGroup(snapshot.Opened);
        group._eventIds.Add(snapshot.Opened.EventId);
        foreach (var member in snapshot.Members)
        {
            try
            {
                group.CheckPlace(new MemberJoinedGroup(snapshot.Opened.EventId, snapshot.Opened.Group, snapshot.Opened.At, member, Pools.JoinMethod.Invitation, null, null));
            }
            catch (DomainRuleException ex)
            {
                throw new DomainRuleException(DomainRuleCodes.CommunityInvalidSnapshot, $"The snapshot breaks a rule: {ex.Message}");
            }

            group._members.Add(member);
            group._memberSet.Add(member);
        }

        foreach (var role in snapshot.Roles ?? [])
        {
            if (role is null || !group._memberSet.Contains(role.Member) || role.Role.IsUnset || !group._roles.TryAdd(role.Member, role.Role))
            {
                throw new DomainRuleException(DomainRuleCodes.CommunityInvalidSnapshot, $"A role in the snapshot is null, unset, given twice or held by someone not in the group.");
            }
        }

        group.Version = snapshot.Version;
        foreach (var later in laterEvents ?? [])
        {
            var e = later ?? throw new System.ArgumentException("A later event is null.", nameof(laterEvents));
            Guard.Against.Unmet(e.Group == group.Id && e is not GroupOpened, $"A later event is of another group, or an opening.", nameof(laterEvents));
            group.CheckIdsFree([e]);
            if (e is MemberJoinedGroup joined)
            {
                group.CheckPlace(joined);
            }
            else if (e is MemberLeftGroup left)
            {
                group.CheckLeave(left);
            }
            else if (e is MemberRoleAssigned assigned)
            {
                group.CheckRoleHolder(assigned);
            }

            group.Fold(e);
        }

        return group;
    }
}
