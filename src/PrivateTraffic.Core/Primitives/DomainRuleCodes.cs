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
}
