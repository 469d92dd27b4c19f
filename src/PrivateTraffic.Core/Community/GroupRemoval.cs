using PrivateTraffic.Core.Pools;

namespace PrivateTraffic.Core.Community;

/// <summary>A removal decided on both sides: the pool's leave (<see cref="LeaveReason.Removed"/>) and the group's
/// (<see cref="GroupLeaveReason.Removed"/>). Deciding changed nothing; apply the pool's then the group's, or use
/// <see cref="PenaltyEnforcement.Remove"/>.</summary>
/// <param name="Pool">The pool's decision (a <c>MemberLeft</c> event).</param>
/// <param name="Group">The group's decision (a <see cref="MemberLeftGroup"/> event).</param>
public sealed record GroupRemoval(PoolDecision Pool, GroupDecision Group);
