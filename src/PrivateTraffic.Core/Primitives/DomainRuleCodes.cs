namespace PrivateTraffic.Core.Primitives;

/// <summary>
/// The stable codes carried by <see cref="DomainRuleException.Code"/>. A code is never renamed or reused once
/// published; new rules add new codes. docs/errors.md lists them with the rule each one guards.
/// </summary>
public static class DomainRuleCodes
{
    /// <summary>A member was captured into a pool or group that is already at its capacity.</summary>
    public const string PoolCapacityExceeded = "pool.capacity_exceeded";

    /// <summary>A referral would close a cycle in the referral graph: someone would be, directly or through others,
    /// their own referrer (who brought whom can only run forward in time).</summary>
    public const string ValueReferralCycle = "value.referral_cycle";

    /// <summary>A referee was given a second referrer; each member is brought in by at most one referrer.</summary>
    public const string ValueRefereeAlreadyReferred = "value.referee_already_referred";

    /// <summary>
    /// The Gamma-Gamma spend model was asked for an expected spend with q ≤ 1: the population's mean spend per purchase
    /// is then infinite, so the expectation (p·γ/(q−1) shrunk towards the customer's mean) would be negative or undefined.
    /// </summary>
    public const string SpendMeanUndefined = "value.spend_mean_undefined";

    /// <summary>
    /// A purchase model's formula has no finite double value at these parameters and this customer (parameters far
    /// outside what data fits, such as r ≥ 10⁴ with a long horizon): the library refuses rather than answer NaN or ∞.
    /// </summary>
    public const string ModelNotFinite = "value.model_not_finite";

    /// <summary>A pool event came out of order: about a member not captured yet (a purchase before the capture),
    /// earlier than the member's last applied event, before the pool was created, or a second creation.</summary>
    public const string PoolEventOutOfOrder = "pool.event_out_of_order";

    /// <summary>A pool event names another pool than the one it was applied to.</summary>
    public const string PoolEventForOtherPool = "pool.event_for_other_pool";

    /// <summary>A member already in the pool (or who left it) was captured again.</summary>
    public const string PoolMemberAlreadyCaptured = "pool.member_already_captured";

    /// <summary>An event about a member who left or was erased (only erasure is accepted after leaving).</summary>
    public const string PoolMemberGone = "pool.member_gone";

    /// <summary>A lifecycle stage change that is not legal: from a stage the member is not in, backwards along the
    /// buying stages, or to a stage the member's history does not give at that instant.</summary>
    public const string PoolIllegalStageTransition = "pool.illegal_stage_transition";

    /// <summary>A sub-pool the pool does not have, or a move from a sub-pool the member is not in.</summary>
    public const string PoolInvalidMove = "pool.invalid_move";

    /// <summary>A referral that cannot hold: self-referral, a referrer not in the pool or captured later, or a
    /// member who already has a referrer.</summary>
    public const string PoolInvalidReferral = "pool.invalid_referral";

    /// <summary>An event dated further past the pool's latest instant than the pool's future tolerance allows.</summary>
    public const string PoolEventInFuture = "pool.event_in_future";

    /// <summary>A command whose derived event id (<c>{id}~referral</c>, <c>{id}~stage</c>, ...) is already taken by another
    /// event: the command would apply only in part, so it is refused whole.</summary>
    public const string PoolEventIdTaken = "pool.event_id_taken";

    /// <summary>A decision applied to a pool that has changed since it was decided (its version moved on).</summary>
    public const string PoolStaleDecision = "pool.stale_decision";

    /// <summary>A purchase that cannot be recorded: a negative amount or margin, a margin above the amount, or a
    /// currency other than the pool's purchase currency.</summary>
    public const string PoolInvalidPurchase = "pool.invalid_purchase";

    /// <summary>A snapshot that no history of events could have produced (counts, instants or stages that disagree).</summary>
    public const string PoolInvalidSnapshot = "pool.invalid_snapshot";

    /// <summary>A fission campaign whose referrals show no K or no positive cycle time, asked to project its growth.</summary>
    public const string FissionNotEnoughData = "fission.not_enough_data";

    /// <summary>A fission reward or a public acquisition cost in a currency other than the one being totalled.</summary>
    public const string FissionCurrencyMismatch = "fission.currency_mismatch";

    /// <summary>A fission campaign launched without a budget above zero: an unbounded campaign is refused.</summary>
    public const string FissionUnboundedCampaign = "fission.unbounded_campaign";

    /// <summary>A campaign event that no command could have raised: a second launch, an event earlier than the
    /// campaign's latest, rewards other than the rule gives, spending past the budget, a budget end with budget left.</summary>
    public const string FissionInvalidEvent = "fission.invalid_event";

    /// <summary>A referral, a departure or an end for a campaign that has already ended.</summary>
    public const string FissionCampaignEnded = "fission.campaign_ended";

    /// <summary>A referral of someone who is not a new member: a seed user, anyone already in the campaign, someone
    /// already in the pool, or the referrer themselves.</summary>
    public const string FissionNotNewMember = "fission.not_new_member";

    /// <summary>A departure of someone who is not one of the campaign's helpers, or who already left.</summary>
    public const string FissionUnknownHelper = "fission.unknown_helper";

    /// <summary>A campaign decision applied after the campaign changed (its version moved on).</summary>
    public const string FissionStaleDecision = "fission.stale_decision";

    /// <summary>A campaign snapshot that no history could have produced, or of an unknown schema version.</summary>
    public const string FissionInvalidSnapshot = "fission.invalid_snapshot";
    /// <summary>A community decision applied to something that has changed since it was decided (a blueprint revision
    /// decided on another version).</summary>
    public const string CommunityStaleDecision = "community.stale_decision";

    /// <summary>A blueprint revision dated before the last one, or reusing an event id of the history.</summary>
    public const string CommunityRevisionOutOfOrder = "community.revision_out_of_order";

    /// <summary>A group join by someone who is not a present member of the group's pool.</summary>
    public const string CommunityNotInPool = "community.not_in_pool";

    /// <summary>A group join by someone already in the group.</summary>
    public const string CommunityAlreadyMember = "community.already_member";

    /// <summary>A join to a group at its capacity (the next group has been proposed).</summary>
    public const string CommunityGroupFull = "community.group_full";

    /// <summary>A join by QR code to a group past its QR-join limit (a WeCom group past 200 members).</summary>
    public const string CommunityQrJoinClosed = "community.qr_join_closed";

    /// <summary>A join the group's admission policy does not allow (no member's invitation, no approved application,
    /// no fee paid, or a fee below the tier's or in another currency).</summary>
    public const string CommunityAdmissionRefused = "community.admission_refused";

    /// <summary>A group command whose event id (or derived <c>{id}~next</c>) is already used in the group.</summary>
    public const string CommunityEventIdTaken = "community.event_id_taken";

    /// <summary>A group snapshot no history could have produced (a member twice, more members than the capacity, a
    /// version below the events its members need, another schema).</summary>
    public const string CommunityInvalidSnapshot = "community.invalid_snapshot";

    /// <summary>A group leave or removal of someone who is not a member of the group.</summary>
    public const string CommunityNotAMember = "community.not_a_member";

    /// <summary>A group role that the community's blueprint does not have.</summary>
    public const string CommunityUnknownRole = "community.unknown_role";

    /// <summary>A purchase commission asked of a fission campaign without a distribution rule.</summary>
    public const string FissionNoDistribution = "fission.no_distribution";

    /// <summary>A purchase by someone who earns the campaign no commission: not its counted new member (past a limit,
    /// never referred in it) or a helper who left.</summary>
    public const string FissionNotCommissionable = "fission.not_commissionable";

    /// <summary>Two SOPs of a library with the same id.</summary>
    public const string SopDuplicateId = "sop.duplicate_id";

    /// <summary>An SOP's hand-over to an SOP the library does not hold.</summary>
    public const string SopUnknownHandOver = "sop.unknown_hand_over";

    /// <summary>A chain of SOP hand-overs that comes back to its start (A → B → A, or A → A).</summary>
    public const string SopHandOverCycle = "sop.hand_over_cycle";

    /// <summary>A rule file names a condition or action type the format does not have.</summary>
    public const string EngagementUnknownType = "engagement.unknown_type";

    /// <summary>A rule condition names a member view field the accessor table does not have.</summary>
    public const string EngagementUnknownField = "engagement.unknown_field";

    /// <summary>A rule condition compares a field with a literal of another kind, or orders an enumeration.</summary>
    public const string EngagementTypeMismatch = "engagement.type_mismatch";

    /// <summary>A rule file member that is missing, unknown, given twice, of the wrong JSON type or out of its range.</summary>
    public const string EngagementInvalidParameter = "engagement.invalid_parameter";

    /// <summary>A rule set past one of <c>RuleLimits</c> (rules, depth, children, nodes, set size, actions).</summary>
    public const string EngagementLimitExceeded = "engagement.limit_exceeded";

    /// <summary>Two rules of one set with the same id.</summary>
    public const string EngagementDuplicateRuleId = "engagement.duplicate_rule_id";
}
