using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Community;

/// <summary>
/// Carries a removal from the penalty ladder into the pool: a member removed from a group for breaking its rules leaves
/// the pool with <see cref="LeaveReason.Removed"/> (the pool's own <c>MemberLeft</c> event). The pool checks its own
/// rules; nothing here changes the pool until the caller applies the decision. The group's side is a
/// <see cref="MemberLeftGroup"/> with <see cref="GroupLeaveReason.Removed"/>: both are decided together, so a removal
/// drops the group's headcount as well as the pool's.
/// </summary>
public static class PenaltyEnforcement
{
    /// <summary>The pool's decision to remove <paramref name="member"/>, when <paramref name="step"/> is a removal.</summary>
    /// <exception cref="System.ArgumentException">The step is not a removal.</exception>
    /// <exception cref="DomainRuleException">The pool refuses (e.g. the member is not in it).</exception>
    public static PoolDecision DecideRemoval(PrivatePool pool, PenaltyStep step, MemberId member, Instant at, DomainEventId eventId)
    {
        Guard.Against.Null(pool);
        Guard.Against.Null(step);
        Guard.Against.Unmet(step.Penalty == Penalty.Remove, $"Only a removal leaves the pool; this rung is {step.Penalty}.", nameof(step));
        return pool.DecideLeave(member, LeaveReason.Removed, at, eventId);
    }

    /// <summary>The removal from both sides when <paramref name="step"/> is a removal: the pool's leave
    /// (<see cref="LeaveReason.Removed"/>, event id <paramref name="eventId"/>) and the group's
    /// (<see cref="GroupLeaveReason.Removed"/>, event id <c>{eventId}~group</c>). Changes nothing.</summary>
    /// <exception cref="System.ArgumentException">The step is not a removal, or the group is of another pool.</exception>
    /// <exception cref="DomainRuleException">The pool refuses, or the group does (<c>community.not_a_member</c>,
    /// <c>community.event_id_taken</c>).</exception>
    public static GroupRemoval DecideRemoval(PrivatePool pool, CommunityGroup group, PenaltyStep step, MemberId member, Instant at, DomainEventId eventId)
    {
        Guard.Against.Null(group);
        Guard.Against.Null(pool);
        Guard.Against.Null(step);
        Guard.Against.Unmet(step.Penalty == Penalty.Remove, $"Only a removal leaves the pool; this rung is {step.Penalty}.", nameof(step));
        Guard.Against.Unmet(!eventId.IsUnset, $"The event id must be set.", nameof(eventId));
        Guard.Against.Unmet(group.Opened.Pool == pool.Id, $"The group '{group.Id}' is of the pool '{group.Opened.Pool}', not '{pool.Id}'.", nameof(group));
        var groupDecision = group.DecideLeave(member, GroupLeaveReason.Removed, at, DomainEventId.From(eventId.Value + "~group"));
        return new GroupRemoval(DecideRemoval(pool, step, member, at, eventId), groupDecision);
    }

    /// <summary>Decides the removal on both sides, then applies the pool's decision and the group's. When either side
    /// refuses, neither changes.</summary>
    public static GroupRemoval Remove(PrivatePool pool, CommunityGroup group, PenaltyStep step, MemberId member, Instant at, DomainEventId eventId)
    {
        var removal = DecideRemoval(pool, group, step, member, at, eventId);
        pool.Apply(removal.Pool);
        group.Apply(removal.Group);
        return removal;
    }
}
