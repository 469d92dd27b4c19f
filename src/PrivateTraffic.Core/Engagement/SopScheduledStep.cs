using NodaTime;

namespace PrivateTraffic.Core.Engagement;

/// <summary>One step of an SOP run placed in time: the local date and time the step asks for, the instant it resolved to,
/// how (<see cref="SopTimeResolution"/>), and the touch it proposes to the reach planner.</summary>
/// <param name="StepIndex">The step's index in the SOP.</param>
/// <param name="Step">The step.</param>
/// <param name="Local">The local date and time the step asks for in the member's zone (start date + day, at the step's time).</param>
/// <param name="At">The instant of the touch (its <see cref="ProposedTouch.NotBefore"/>).</param>
/// <param name="Resolution">How <paramref name="Local"/> became <paramref name="At"/>.</param>
/// <param name="Touch">The proposal for the reach planner.</param>
public sealed record SopScheduledStep(int StepIndex, SopStep Step, LocalDateTime Local, Instant At, SopTimeResolution Resolution, ProposedTouch Touch);
