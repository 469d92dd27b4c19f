namespace PrivateTraffic.Core.Community;

/// <summary>The sums a window of daily statistics reduces to; the one place health is classified, for one group or a
/// batch of columns, so both paths agree by construction.</summary>
internal struct HealthTotals
{
    public int Days;
    public long MemberDays;
    public long ActiveDays;
    public long Messages;
    public long Promotions;
    public int LastActivityDay; // -1 when none
    public long Joins;
    public long Leaves;

    public readonly double ActiveRatio => MemberDays == 0 ? 0 : (double)ActiveDays / MemberDays;

    public readonly double MessagesPerMemberPerDay => MemberDays == 0 ? 0 : (double)Messages / MemberDays;

    public readonly double PromotionShare => Messages == 0 ? 0 : (double)Promotions / Messages;

    public readonly int? DaysSinceLastActivity => LastActivityDay < 0 ? null : Days - 1 - LastActivityDay;

    /// <summary>The class, and the reasons as bits of <see cref="HealthReason"/> (allocation-free).</summary>
    public readonly GroupHealth Classify(HealthThresholds t, out uint reasons)
    {
        reasons = 0;
        var active = ActiveRatio;
        var share = PromotionShare;
        if (Messages == 0)
        {
            reasons |= Bit(HealthReason.Silent);
        }

        if (active < t.DeadActiveRatio)
        {
            reasons |= Bit(HealthReason.NobodyActive);
        }

        if (Messages > 0 && share >= t.DeadPromotionShare)
        {
            reasons |= Bit(HealthReason.PromotionsOnly);
        }

        if (reasons != 0)
        {
            return GroupHealth.Dead;
        }

        var perDay = MessagesPerMemberPerDay;
        var since = LastActivityDay < 0 ? int.MaxValue : Days - 1 - LastActivityDay;
        reasons = Misses(active, perDay, share, since, t.HealthyActiveRatio, t.HealthyMessagesPerMemberPerDay, t.HealthyMaxPromotionShare, t.HealthyMaxDaysSinceActivity);
        if (reasons != 0)
        {
            return GroupHealth.AtRisk;
        }

        reasons = Misses(active, perDay, share, since, t.ThrivingActiveRatio, t.ThrivingMessagesPerMemberPerDay, t.ThrivingMaxPromotionShare, t.ThrivingMaxDaysSinceActivity)
            | (Joins < Leaves ? Bit(HealthReason.Shrinking) : 0);
        return reasons == 0 ? GroupHealth.Thriving : GroupHealth.Healthy;
    }

    private static uint Misses(double active, double perDay, double share, int since, double minActive, double minPerDay, double maxShare, int maxSince) =>
        (active < minActive ? Bit(HealthReason.FewActiveMembers) : 0)
        | (perDay < minPerDay ? Bit(HealthReason.FewMessages) : 0)
        | (share > maxShare ? Bit(HealthReason.TooManyPromotions) : 0)
        | (since > maxSince ? Bit(HealthReason.NoRecentActivity) : 0);

    private static uint Bit(HealthReason reason) => 1u << (int)reason;
}
