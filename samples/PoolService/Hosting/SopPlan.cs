using NodaTime;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Primitives;

namespace PoolService.Hosting;

/// <summary>A member's SOP run (SOP 运营流程) as the reach planner would place it: every step with the planner's
/// decision. Computed from the pool at the time of the request; nothing is stored.</summary>
/// <param name="Member">The member.</param>
/// <param name="Sop">The SOP's id.</param>
/// <param name="Zone">The member's time zone, in which the steps' days and times are read.</param>
/// <param name="Start">The run's start.</param>
/// <param name="Steps">The steps in the order of their scheduled instants (equal instants in step order).</param>
public sealed record SopPlan(MemberId Member, SopId Sop, DateTimeZone Zone, Instant Start, IReadOnlyList<SopPlanStep> Steps);
