using NodaTime;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PoolService.Hosting;

/// <summary>Plans a member's SOP run against the pool: the run starts in the member's zone (<see cref="SopRun.Start"/>)
/// and its touches go through <see cref="ReachPlanner"/> as one batch (so the run's own touches count against its caps,
/// gaps and fatigue), with the member's contact profile from the pool (<see cref="ContactProfile.Of"/>: the consents in
/// force, and an opt-out from the day the member left). The pool stores no touches, so the history holds none.</summary>
public static class SopPlans
{
    /// <summary>Plans the run; nothing changes.</summary>
    /// <param name="pool">The pool.</param>
    /// <param name="member">A member the pool knows.</param>
    /// <param name="start">The run's start.</param>
    /// <param name="sop">The SOP.</param>
    /// <param name="policy">The reach policy.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentException">The pool does not know the member.</exception>
    public static SopPlan Plan(PrivatePool pool, MemberId member, Instant start, SopDefinition sop, ReachPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(sop);
        ArgumentNullException.ThrowIfNull(policy);
        var known = pool.Find(member) ?? throw new ArgumentException($"The pool does not know {member}.", nameof(member));
        var run = SopRun.Start(sop, member, known.TimeZone, start);
        var decisions = new ReachPlanner(policy).Plan([.. run.Touches], new ReachHistory([ContactProfile.Of(known)]));
        var steps = new SopPlanStep[run.Schedule.Count];
        for (var i = 0; i < steps.Length; i++)
        {
            var s = run.Schedule[i];
            steps[i] = new SopPlanStep(s.StepIndex, s.Step.Day, s.Step.At, s.Step.Channel, s.Step.ChannelKind, s.Step.Mode, s.Step.Class, s.Step.Content, decisions[i]);
        }

        return new SopPlan(member, sop.Id, run.Zone, start, steps);
    }
}
