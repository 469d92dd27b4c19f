using NodaTime;

namespace PoolCluster.Grains;

/// <summary>
/// A pool (私域流量池) as a grain, keyed by its pool id: the one writer of that pool cluster-wide. Commands and
/// results cross silos as the library's own JSON contracts (<c>PrivateTrafficJson</c>), so nothing here serializes a
/// domain type by reflection. <see cref="PoolGrainClient"/> offers the same operations in the library's types.
/// </summary>
public interface IPoolGrain : IGrainWithStringKey
{
    /// <summary>Opens the pool from its <c>PoolCreated</c> JSON; the same event id again is a repeat.</summary>
    /// <param name="createdJson">The pool's definition, its first event.</param>
    /// <returns>Version 1 and one event stored, or a repeat.</returns>
    /// <exception cref="InvalidOperationException">The pool was opened by another event, or the JSON names another pool.</exception>
    Task<PoolCommandOutcome> Open(string createdJson);

    /// <summary>Runs a command given as the JSON of the event it would raise: decide, store, then apply.</summary>
    /// <param name="commandJson">A <c>PoolEvent</c> for this pool (capture, purchase, interaction, leave, review, move, consent, erasure, ...).</param>
    /// <returns>The outcome; a refusal carries the domain rule's code and changes nothing.</returns>
    /// <exception cref="KeyNotFoundException">The pool is not open (so are the reads below).</exception>
    Task<PoolCommandOutcome> Execute(string commandJson);

    /// <summary>The pool's metrics over a range of days (Asia/Shanghai) as <c>PoolMetrics</c> JSON.</summary>
    /// <param name="fromDay">The first day.</param>
    /// <param name="toDay">The last day.</param>
    /// <returns>The JSON.</returns>
    Task<string> Metrics(LocalDate fromDay, LocalDate toDay);

    /// <summary>A buyer's value card (客户价值卡) as <c>ValueCard</c> JSON, from the pool's valuation as of a day; null for a prospect or an unknown member.</summary>
    /// <param name="member">The member id.</param>
    /// <param name="asOf">The valuation day.</param>
    /// <returns>The JSON, or null.</returns>
    Task<string?> ValueCard(string member, LocalDate asOf);

    /// <summary>The pool's 271 composition at an instant as <c>PoolComposition</c> JSON.</summary>
    /// <param name="asOf">The instant.</param>
    /// <returns>The JSON.</returns>
    Task<string> Composition(Instant asOf);

    /// <summary>The pool's stored history, as the library's event JSON (for checks and exports).</summary>
    /// <returns>The events in order.</returns>
    Task<IReadOnlyList<string>> History();

    /// <summary>Runs a command on one of the pool's community groups, given as the JSON of the <c>GroupEvent</c> it would
    /// raise (an opening, a join or a leave): decided against the pool and the group (the service's <c>GroupCommands</c>),
    /// stored in the pool's state beside its history, then applied. The same activation is the one writer of the pool
    /// and its groups.</summary>
    /// <param name="commandJson">The command.</param>
    /// <returns>The group's version after; a refusal carries its code (a domain rule's, <c>service.group_exists</c> or
    /// <c>service.group_not_found</c>) and changes nothing.</returns>
    Task<PoolCommandOutcome> ExecuteGroup(string commandJson);

    /// <summary>A community group's snapshot as <c>GroupSnapshot</c> JSON, or null when the pool has no such group.</summary>
    /// <param name="group">The group's channel id.</param>
    /// <returns>The JSON, or null.</returns>
    Task<string?> Group(string group);

    /// <summary>Launches a fission campaign of the pool from its <c>CampaignLaunched</c> JSON, stored as a stream beside
    /// the pool in the same state; the same event id again is a repeat.</summary>
    /// <param name="launchedJson">The launch.</param>
    /// <returns>The campaign's version after; a refusal carries its code (a domain rule's or <c>service.campaign_exists</c>).</returns>
    Task<PoolCommandOutcome> LaunchCampaign(string launchedJson);

    /// <summary>Credits a referral to a campaign of the pool, decided against the campaign and the pool (the service's
    /// <c>CampaignCommands</c>).</summary>
    /// <param name="campaign">The campaign's id.</param>
    /// <param name="referrer">Who referred.</param>
    /// <param name="referee">The new member.</param>
    /// <param name="at">When.</param>
    /// <param name="eventId">The referral's event id; a known one is a repeat.</param>
    /// <returns>The campaign's version after; a refusal carries its code (a domain rule's or <c>service.campaign_not_found</c>).</returns>
    Task<PoolCommandOutcome> CreditReferral(string campaign, string referrer, string referee, Instant at, string eventId);

    /// <summary>A campaign's snapshot as <c>CampaignSnapshot</c> JSON, or null when the pool has no such campaign.</summary>
    /// <param name="campaign">The campaign's id.</param>
    /// <returns>The JSON, or null.</returns>
    Task<string?> Campaign(string campaign);

    /// <summary>The silo the grain is active on (for the demo and the tests).</summary>
    /// <returns>The silo's identity.</returns>
    Task<string> Silo();
}
