using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Pools;

public sealed class LifecyclePolicyTests
{
    private static readonly Arbitrary<LifecyclePolicy> Policies =
        Gen.Choose(0, 6).SelectMany(_ => Gen.Choose(1, 120), (months, days) => Period.FromMonths(months) + Period.FromDays(days))
            .Select(p => LifecyclePolicy.Create(p, p + p))
            .ToArbitrary();

    [DeepProperty]
    public Property The_calendar_free_fast_path_agrees_with_the_calendar_rule() =>
        Prop.ForAll(Generators.Triple(Policies, Generators.Zones, Generators.Pair(Generators.Instants, Gen.Choose(0, 400 * 24).ToArbitrary())), t =>
        {
            var (policy, zone, (lastActivity, hoursLater)) = t;
            var asOf = lastActivity + Duration.FromHours(hoursLater);
            var state = new MemberState
            {
                LastActivityAt = lastActivity,
                FirstPurchaseAt = MemberState.Never,
                SecondPurchaseAt = MemberState.Never,
                CrossCategoryAt = MemberState.Never,
                AdvocateAt = MemberState.Never,
                GoneAt = MemberState.Never,
            };
            var slow = LifecyclePolicy.Evaluate(state, asOf,
                LifecyclePolicy.Threshold(zone, asOf, policy.DormantAfter), LifecyclePolicy.Threshold(zone, asOf, policy.ChurnedAfter));
            Assert.Equal(slow, policy.Evaluate(state, zone, asOf));
        });

    [Fact]
    public void Dormancy_counts_calendar_months_in_the_members_zone()
    {
        var policy = LifecyclePolicy.Create(Period.FromMonths(1), Period.FromMonths(2));
        var shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var last = new LocalDateTime(2024, 1, 31, 12, 0).InZoneLeniently(shanghai).ToInstant();
        var state = new MemberState { LastActivityAt = last, FirstPurchaseAt = MemberState.Never, SecondPurchaseAt = MemberState.Never, CrossCategoryAt = MemberState.Never, AdvocateAt = MemberState.Never, GoneAt = MemberState.Never };
        Assert.Equal(LifecycleStage.Prospect, policy.Evaluate(state, shanghai, new LocalDateTime(2024, 2, 29, 11, 0).InZoneLeniently(shanghai).ToInstant()));
        Assert.Equal(LifecycleStage.Dormant, policy.Evaluate(state, shanghai, new LocalDateTime(2024, 3, 1, 12, 0).InZoneLeniently(shanghai).ToInstant()));
    }
}
