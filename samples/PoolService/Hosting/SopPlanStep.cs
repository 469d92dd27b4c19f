using NodaTime;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Primitives;

namespace PoolService.Hosting;

/// <summary>One step of a <see cref="SopPlan"/>: what the SOP asks for and what the reach planner (触达规划) decided.</summary>
/// <param name="Step">The step's index in the SOP's definition.</param>
/// <param name="Day">Days after the start's local date.</param>
/// <param name="LocalTime">The local time of day the step asks for.</param>
/// <param name="Channel">The channel.</param>
/// <param name="ChannelKind">The channel's kind.</param>
/// <param name="Mode">Direct message or moments post.</param>
/// <param name="Class">Marketing or service.</param>
/// <param name="Content">The kind of content.</param>
/// <param name="Decision">The planner's decision: allow, defer (to <c>at</c>) or deny, with the reason.</param>
public sealed record SopPlanStep(
    int Step,
    int Day,
    LocalTime LocalTime,
    ChannelId Channel,
    ChannelKind ChannelKind,
    DeliveryMode Mode,
    MessageClass Class,
    ContentKind Content,
    ReachDecision Decision);
