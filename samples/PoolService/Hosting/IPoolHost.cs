using NodaTime;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Fission;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PoolService.Hosting;

/// <summary>
/// Where the pools live, as the HTTP endpoints see them: the seam between the service's routes and its storage. The
/// embedded service implements it over SQLite (<c>SqlitePoolHost</c>); a cluster can implement it over grains,
/// so the same endpoints run in front of either. Every operation is in the library's own types.
/// </summary>
/// <remarks>
/// <para>One writer per pool: an implementation runs a pool's commands one at a time and never loses an event when two
/// writers race (expected-version check). A <see cref="DomainRuleException"/> from the pool propagates unchanged; the
/// endpoints map it to a problem-details response.</para>
/// <para>An unknown pool is a <see cref="KeyNotFoundException"/>; a write that lost a race too many times, or an open
/// that clashes with another pool's definition, is a <see cref="PoolConflictException"/>.</para>
/// </remarks>
public interface IPoolHost
{
    /// <summary>Opens a pool from its definition. The same event id again is a repeat: nothing is stored.</summary>
    /// <param name="created">The pool's definition, its first event.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The outcome: version 1, one event stored (none for a repeat).</returns>
    /// <exception cref="PoolConflictException">A pool with this id was already opened by another event.</exception>
    /// <exception cref="ArgumentException">The definition is malformed.</exception>
    Task<PoolCommandOutcome> OpenAsync(PoolCreated created, CancellationToken cancellationToken = default);

    /// <summary>Runs a command on a pool: decides it (<c>DecideCapture</c>, <c>DecidePurchase</c>, ... or
    /// <see cref="PrivatePool.Decide"/>), stores its events with the expected-version check, then applies them.
    /// A <see cref="MemberErased"/> also redacts the stored history (<see cref="PoolRedaction"/>) and drops snapshots.</summary>
    /// <param name="pool">The pool.</param>
    /// <param name="command">The command, as the event it would raise (for example a <see cref="MemberCaptured"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The pool's version after, the events stored, and whether the command was a repeat (its event id known).</returns>
    /// <exception cref="DomainRuleException">The pool refused the command; nothing was stored.</exception>
    Task<PoolCommandOutcome> ExecuteAsync(PoolId pool, PoolEvent command, CancellationToken cancellationToken = default);

    /// <summary>The pool's metrics over a range of days (Asia/Shanghai), as <see cref="PrivatePool.Measure"/> gives them.</summary>
    /// <param name="pool">The pool.</param>
    /// <param name="fromDay">The first day.</param>
    /// <param name="toDay">The last day, on or after <paramref name="fromDay"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The metrics.</returns>
    Task<PoolMetrics> MetricsAsync(PoolId pool, LocalDate fromDay, LocalDate toDay, CancellationToken cancellationToken = default);

    /// <summary>A buyer's value card (客户价值卡) from the pool's valuation (<see cref="PoolValuation.Score{TModel}"/>) as of a
    /// day, under the host's value models; null when the member has no purchase up to that day (a prospect, or unknown).</summary>
    /// <param name="pool">The pool.</param>
    /// <param name="member">The member.</param>
    /// <param name="asOf">The valuation day.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The card, or null.</returns>
    Task<ValueCard?> ValueCardAsync(PoolId pool, MemberId member, LocalDate asOf, CancellationToken cancellationToken = default);

    /// <summary>The pool's 271 composition (<see cref="PoolComposition.Of"/>) at an instant, under the host's status rule.</summary>
    /// <param name="pool">The pool.</param>
    /// <param name="asOf">The instant, at or after the pool's latest event.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The composition.</returns>
    Task<PoolComposition> CompositionAsync(PoolId pool, Instant asOf, CancellationToken cancellationToken = default);

    /// <summary>Evaluates engagement rules (运营规则) for one member at an instant: the member's view
    /// (<see cref="MemberView.Build"/> from the pool, with the host's 271 status rule; no value card, group or model
    /// inputs) run through <see cref="EngagementRuleSet.Evaluate"/>. Reads only: nothing is stored.</summary>
    /// <param name="pool">The pool.</param>
    /// <param name="member">A member the pool knows.</param>
    /// <param name="asOf">The instant, at or after the member's last activity.</param>
    /// <param name="rules">The rules.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Every rule's decision, in priority order.</returns>
    /// <exception cref="ArgumentException">The pool does not know the member.</exception>
    Task<EngagementEvaluation> EngagementAsync(PoolId pool, MemberId member, Instant asOf, EngagementRuleSet rules, CancellationToken cancellationToken = default);

    /// <summary>Plans a member's SOP run started at an instant (<see cref="SopPlans.Plan"/>): every step's touch put
    /// through the reach planner with the member's contact profile from the pool. Reads only: nothing is stored.</summary>
    /// <param name="pool">The pool.</param>
    /// <param name="member">A member the pool knows.</param>
    /// <param name="start">The run's start.</param>
    /// <param name="sop">The SOP.</param>
    /// <param name="policy">The reach policy.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentException">The pool does not know the member.</exception>
    Task<SopPlan> SopPlanAsync(PoolId pool, MemberId member, Instant start, SopDefinition sop, ReachPolicy policy, CancellationToken cancellationToken = default);

    /// <summary>Runs a command on one of the pool's community groups (社群), under the pool's one writer because a join is
    /// decided against the pool (<see cref="GroupCommands.Decide"/>): open, join or leave. The group's events are stored
    /// in its own stream beside the pool, with the expected-version check and idempotency by event id.</summary>
    /// <param name="pool">The pool.</param>
    /// <param name="command">A <see cref="GroupOpened"/>, <see cref="MemberJoinedGroup"/> or <see cref="MemberLeftGroup"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The group's version after, the events stored, and whether the command was a repeat.</returns>
    /// <exception cref="DomainRuleException">The group refused the command; nothing was stored.</exception>
    /// <exception cref="StreamNotFoundException">The group is not open.</exception>
    /// <exception cref="PoolConflictException">The group was opened by another event.</exception>
    Task<PoolCommandOutcome> ExecuteGroupAsync(PoolId pool, GroupEvent command, CancellationToken cancellationToken = default);

    /// <summary>A community group's read model: its snapshot (opening, members, roles, version).</summary>
    /// <param name="pool">The pool.</param>
    /// <param name="group">The group's channel id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="StreamNotFoundException">The group is not open.</exception>
    Task<GroupSnapshot> GroupAsync(PoolId pool, ChannelId group, CancellationToken cancellationToken = default);

    /// <summary>Launches a fission campaign (裂变) of the pool (<see cref="CampaignCommands.Launch"/>), stored as its own
    /// stream beside the pool under the pool's one writer. The same event id again is a repeat.</summary>
    /// <param name="pool">The pool.</param>
    /// <param name="launched">The launch, the library's <c>campaignLaunched</c> event.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The campaign's version after, the events stored, and whether the launch was a repeat.</returns>
    /// <exception cref="DomainRuleException">The launch breaks a campaign rule; nothing was stored.</exception>
    /// <exception cref="PoolConflictException">The campaign was launched by another event.</exception>
    Task<PoolCommandOutcome> LaunchCampaignAsync(PoolId pool, CampaignLaunched launched, CancellationToken cancellationToken = default);

    /// <summary>Credits a referral to a campaign of the pool, decided against the campaign and the pool
    /// (<see cref="CampaignCommands.Referral"/>: a referee the pool already knows is not a new member).</summary>
    /// <param name="pool">The pool.</param>
    /// <param name="campaign">The campaign.</param>
    /// <param name="referrer">Who referred.</param>
    /// <param name="referee">The new member.</param>
    /// <param name="at">When.</param>
    /// <param name="eventId">The referral's event id; a known one is a repeat.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The campaign's version after, the events stored (a credit, and an end when it spends the budget), and whether it was a repeat.</returns>
    /// <exception cref="DomainRuleException">The campaign refused the referral; nothing was stored.</exception>
    /// <exception cref="StreamNotFoundException">The campaign was not launched.</exception>
    Task<PoolCommandOutcome> CreditReferralAsync(PoolId pool, CampaignId campaign, MemberId referrer, MemberId referee, Instant at, DomainEventId eventId, CancellationToken cancellationToken = default);

    /// <summary>A campaign's snapshot (its launch and every entry), from which its results are read.</summary>
    /// <param name="pool">The pool.</param>
    /// <param name="campaign">The campaign.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="StreamNotFoundException">The campaign was not launched.</exception>
    Task<CampaignSnapshot> CampaignAsync(PoolId pool, CampaignId campaign, CancellationToken cancellationToken = default);
}
