namespace PrivateTraffic.Core.Primitives;

/// <summary>
/// The stable codes carried by <see cref="DomainRuleException.Code"/>. A code is never renamed or reused once
/// published; new rules add new codes. docs/errors.md lists them with the rule each one guards.
/// </summary>
public static class DomainRuleCodes
{
    /// <summary>A member was captured into a pool or group that is already at its capacity.</summary>
    public const string PoolCapacityExceeded = "pool.capacity_exceeded";
}
