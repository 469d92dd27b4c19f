namespace PrivateTraffic.Core.Primitives;

/// <summary>
/// The stable codes carried by <see cref="DomainRuleException.Code"/>. A code is never renamed or reused once
/// published; new rules add new codes. docs/errors.md lists them with the rule each one guards.
/// </summary>
public static class DomainRuleCodes
{
    /// <summary>A member was captured into a pool or group that is already at its capacity.</summary>
    public const string PoolCapacityExceeded = "pool.capacity_exceeded";

    /// <summary>
    /// The Gamma-Gamma spend model was asked for an expected spend with q ≤ 1: the population's mean spend per purchase
    /// is then infinite, so the expectation (p·γ/(q−1) shrunk towards the customer's mean) would be negative or undefined.
    /// </summary>
    public const string SpendMeanUndefined = "value.spend_mean_undefined";
}
