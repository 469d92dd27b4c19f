using System.Collections.Generic;
using NodaTime;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// Where an SOP run stands at an instant, given what the member did: the steps that have come due, those that remain,
/// those the exit skipped, how and when it ended, and the end actions (结束动作) now due. Immutable.
/// </summary>
/// <param name="AsOf">The instant of evaluation.</param>
/// <param name="Outcome">Running, completed or exited.</param>
/// <param name="Due">Steps whose instant is at or before <paramref name="AsOf"/> and before any exit, in time order.</param>
/// <param name="Remaining">Steps still to come (after <paramref name="AsOf"/>); none once the run has ended.</param>
/// <param name="Skipped">Steps at or after the exit instant, which the exit cancelled; none without an exit.</param>
/// <param name="ExitAt">The instant the exit rule ended the run, or null.</param>
/// <param name="ExitMet">The exit conditions met by <paramref name="AsOf"/> (all of them when the mode is All and it exited).</param>
/// <param name="EndedAt">The exit instant, or the last step's instant when completed; null while running.</param>
/// <param name="EndActions">The end actions due for the outcome, in the SOP's order; none while running.</param>
public sealed record SopProgress(
    Instant AsOf,
    SopOutcome Outcome,
    IReadOnlyList<SopScheduledStep> Due,
    IReadOnlyList<SopScheduledStep> Remaining,
    IReadOnlyList<SopScheduledStep> Skipped,
    Instant? ExitAt,
    IReadOnlyList<SopExitCondition> ExitMet,
    Instant? EndedAt,
    IReadOnlyList<SopEndAction> EndActions);
