using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Community;

/// <summary>
/// Carries a removal from the penalty ladder into the pool: a member removed from a group for breaking its rules leaves
/// the pool with <see cref="LeaveReason.Removed"/> (the pool's own <c>MemberLeft</c> event). The pool checks its own
/// rules; nothing here changes the pool until the caller applies the decision.
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
}
