using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Community;

/// <summary>
/// The thresholds that classify a group's health. The articles give no numbers: every value is the caller's, and the
/// values of <see cref="Default"/> are this library's assumptions, chosen only so the articles' two cases fall where the
/// articles put them (the oysters group healthy, the carrots group dead). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// A group is dead when it is silent, when its active-member ratio is below <see cref="DeadActiveRatio"/>, or when its
/// promotion share is at or above <see cref="DeadPromotionShare"/>. It is healthy when every "healthy" threshold is
/// met, thriving when every "thriving" one is met and it is not shrinking, and at risk otherwise. Every check is
/// monotone, so more activity never makes a group less healthy and more promotion never makes it healthier.
/// </remarks>
public sealed record HealthThresholds
{
    private HealthThresholds(double deadActive, double deadPromotion, double healthyActive, double thrivingActive, double healthyMessages, double thrivingMessages, double healthyPromotion, double thrivingPromotion, int healthyDays, int thrivingDays)
    {
        DeadActiveRatio = deadActive;
        DeadPromotionShare = deadPromotion;
        HealthyActiveRatio = healthyActive;
        ThrivingActiveRatio = thrivingActive;
        HealthyMessagesPerMemberPerDay = healthyMessages;
        ThrivingMessagesPerMemberPerDay = thrivingMessages;
        HealthyMaxPromotionShare = healthyPromotion;
        ThrivingMaxPromotionShare = thrivingPromotion;
        HealthyMaxDaysSinceActivity = healthyDays;
        ThrivingMaxDaysSinceActivity = thrivingDays;
    }

    /// <summary>
    /// Assumed defaults (not from the articles): dead below 2 % active or at 90 % promotions; healthy from 10 % active,
    /// 0.2 messages per member per day, at most 50 % promotions and an activity within 14 days; thriving from 25 %
    /// active, 1 message per member per day, at most 30 % promotions and an activity within 7 days.
    /// </summary>
    public static HealthThresholds Default { get; } = Create(0.02, 0.9, 0.10, 0.25, 0.2, 1.0, 0.5, 0.3, 14, 7);

    /// <summary>Below this active-member ratio a group is dead. Assumed default 0.02.</summary>
    public double DeadActiveRatio { get; }

    /// <summary>At or above this promotion share a group is dead. Assumed default 0.9.</summary>
    public double DeadPromotionShare { get; }

    /// <summary>The least active-member ratio of a healthy group. Assumed default 0.10.</summary>
    public double HealthyActiveRatio { get; }

    /// <summary>The least active-member ratio of a thriving group. Assumed default 0.25.</summary>
    public double ThrivingActiveRatio { get; }

    /// <summary>The least messages per member per day of a healthy group. Assumed default 0.2.</summary>
    public double HealthyMessagesPerMemberPerDay { get; }

    /// <summary>The least messages per member per day of a thriving group. Assumed default 1.0.</summary>
    public double ThrivingMessagesPerMemberPerDay { get; }

    /// <summary>The largest promotion share of a healthy group. Assumed default 0.5.</summary>
    public double HealthyMaxPromotionShare { get; }

    /// <summary>The largest promotion share of a thriving group. Assumed default 0.3.</summary>
    public double ThrivingMaxPromotionShare { get; }

    /// <summary>The most days since the last activity of a healthy group. Assumed default 14.</summary>
    public int HealthyMaxDaysSinceActivity { get; }

    /// <summary>The most days since the last activity of a thriving group. Assumed default 7.</summary>
    public int ThrivingMaxDaysSinceActivity { get; }

    /// <summary>Thresholds of the caller's. Ratios and shares are in [0, 1]; thriving is at least as strict as healthy,
    /// healthy at least as strict as dead.</summary>
    /// <exception cref="System.ArgumentException">A value out of range, or levels in the wrong order.</exception>
    public static HealthThresholds Create(
        double deadActiveRatio,
        double deadPromotionShare,
        double healthyActiveRatio,
        double thrivingActiveRatio,
        double healthyMessagesPerMemberPerDay,
        double thrivingMessagesPerMemberPerDay,
        double healthyMaxPromotionShare,
        double thrivingMaxPromotionShare,
        int healthyMaxDaysSinceActivity,
        int thrivingMaxDaysSinceActivity)
    {
        Guard.Against.OutsideUnitInterval(deadActiveRatio);
        Guard.Against.OutsideUnitInterval(deadPromotionShare);
        Between(healthyActiveRatio, deadActiveRatio, 1.0, nameof(healthyActiveRatio));
        Between(thrivingActiveRatio, healthyActiveRatio, 1.0, nameof(thrivingActiveRatio));
        Guard.Against.NegativeOrNotFinite(healthyMessagesPerMemberPerDay);
        Between(thrivingMessagesPerMemberPerDay, healthyMessagesPerMemberPerDay, double.MaxValue, nameof(thrivingMessagesPerMemberPerDay));
        Between(healthyMaxPromotionShare, 0.0, deadPromotionShare, nameof(healthyMaxPromotionShare));
        Between(thrivingMaxPromotionShare, 0.0, healthyMaxPromotionShare, nameof(thrivingMaxPromotionShare));
        Guard.Against.Negative(healthyMaxDaysSinceActivity);
        Guard.Against.OutOfRange(thrivingMaxDaysSinceActivity, nameof(thrivingMaxDaysSinceActivity), 0, healthyMaxDaysSinceActivity);
        return new(deadActiveRatio, deadPromotionShare, healthyActiveRatio, thrivingActiveRatio, healthyMessagesPerMemberPerDay,
            thrivingMessagesPerMemberPerDay, healthyMaxPromotionShare, thrivingMaxPromotionShare, healthyMaxDaysSinceActivity, thrivingMaxDaysSinceActivity);
    }

    private static void Between(double value, double min, double max, string paramName) =>
        Guard.Against.Unmet(value >= min && value <= max, $"'{paramName}' must lie in [{min}, {max}] (the levels are ordered), was {value}.", paramName);
}
