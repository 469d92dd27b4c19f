using System;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Pools;

/// <summary>The lifecycle policy at its edges, found unpinned by the mutation run over Pools (issue 10): each component
/// of a period checked on its own, churn only after dormancy, every transition's legality, and a member dormant exactly
/// at the threshold (not a tick before) for periods of every unit, which pins the quick path that skips the calendar for
/// recent activity.</summary>
public sealed class LifecyclePolicyEdgeTests
{
    private static readonly ChannelId Counter = ChannelId.From("counter-sample");
    private static readonly MemberId Zhang = MemberId.From("member-zhang");
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    private static Period With(Action<PeriodBuilder> set)
    {
        var b = new PeriodBuilder { Days = 400 };
        set(b);
        return b.Build();
    }

    public static TheoryData<string> Components => new() { "Years", "Months", "Weeks", "Days", "Hours", "Minutes", "Seconds", "Milliseconds", "Ticks", "Nanoseconds" };

    [Theory]
    [MemberData(nameof(Components))]
    public void A_negative_component_is_refused_even_in_a_positive_period(string component)
    {
        // 400 days less one of any unit is still positive: only the component's own check refuses it.
        Period Negative() => With(b => b[Enum.Parse<PeriodUnits>(component)] = -1);
        Assert.Equal("dormantAfter", Assert.Throws<ArgumentException>(() => LifecyclePolicy.Create(Negative(), Period.FromDays(900))).ParamName);
        Assert.Equal("churnedAfter", Assert.Throws<ArgumentException>(() => LifecyclePolicy.Create(Period.FromDays(90), Negative())).ParamName);
    }

    [Fact]
    public void Dormancy_is_positive_and_churn_strictly_after_it()
    {
        Assert.Equal("dormantAfter", Assert.Throws<ArgumentNullException>(() => LifecyclePolicy.Create(null!, Period.FromDays(1))).ParamName);
        Assert.Equal("churnedAfter", Assert.Throws<ArgumentNullException>(() => LifecyclePolicy.Create(Period.FromDays(1), null!)).ParamName);
        Assert.Equal("dormantAfter", Assert.Throws<ArgumentException>(() => LifecyclePolicy.Create(Period.Zero, Period.FromDays(1))).ParamName);
        Assert.Equal("churnedAfter", Assert.Throws<ArgumentException>(() => LifecyclePolicy.Create(Period.FromDays(90), Period.FromDays(90))).ParamName);
        Assert.Equal("churnedAfter", Assert.Throws<ArgumentException>(() => LifecyclePolicy.Create(Period.FromMonths(3), Period.FromDays(89))).ParamName);
        var policy = LifecyclePolicy.Create(Period.FromTicks(1), Period.FromTicks(2));
        Assert.Equal(Period.FromTicks(2), policy.ChurnedAfter);
    }

    [Theory]
    [InlineData(LifecycleStage.Prospect, LifecycleStage.Repeat, true)]
    [InlineData(LifecycleStage.Repeat, LifecycleStage.FirstPurchase, false)]
    [InlineData(LifecycleStage.Repeat, LifecycleStage.Repeat, false)]
    [InlineData(LifecycleStage.Advocate, LifecycleStage.Dormant, true)]
    [InlineData(LifecycleStage.Dormant, LifecycleStage.FirstPurchase, true)]
    [InlineData(LifecycleStage.Churned, LifecycleStage.Advocate, true)]
    [InlineData(LifecycleStage.Dormant, LifecycleStage.Churned, true)]
    [InlineData(LifecycleStage.Churned, LifecycleStage.Dormant, false)]
    [InlineData(LifecycleStage.Dormant, LifecycleStage.Dormant, false)]
    [InlineData((LifecycleStage)99, LifecycleStage.Churned, false)]
    [InlineData((LifecycleStage)99, LifecycleStage.Prospect, false)]
    [InlineData(LifecycleStage.Churned, (LifecycleStage)(-1), false)]
    [InlineData(LifecycleStage.Prospect, (LifecycleStage)99, false)]
    [InlineData((LifecycleStage)99, (LifecycleStage)99, false)]
    public void Each_transition_is_legal_or_not(LifecycleStage from, LifecycleStage to, bool legal) =>
        Assert.Equal(legal, LifecyclePolicy.IsLegalTransition(from, to));

    public static TheoryData<string> DormancyPeriods => new() { "P1Y", "P1M", "P2W", "P3D", "P3DT5H", "P1DT7M", "P1DT9S", "PT30H", "P1M1W1DT1H1M1S" };

    [Theory]
    [MemberData(nameof(DormancyPeriods))]
    public void A_member_is_dormant_exactly_at_the_threshold_and_not_a_tick_before(string iso)
    {
        var dormant = NodaTime.Text.PeriodPattern.Roundtrip.Parse(iso).Value;
        var policy = LifecyclePolicy.Create(dormant, dormant + Period.FromYears(2));
        var capturedAt = Instant.FromUtc(2024, 1, 10, 10, 0); // not at a month's end: a month less is then the inverse of a month more
        var pool = Generators.NewCounterPool(capturedAt - Duration.FromDays(1), lifecycle: policy);
        pool.Capture(Zhang, Counter, capturedAt, DomainEventId.From("c1"));

        // Dormant once the local time, less the period, reaches the capture: the first such instant is the capture's local
        // time plus the period, in Shanghai (no summer time, so every local time maps to one instant).
        var threshold = (capturedAt.InZone(Shanghai).LocalDateTime + dormant).InZoneStrictly(Shanghai).ToInstant();
        Assert.Equal(LifecycleStage.Dormant, pool.StageOf(Zhang, threshold));
        Assert.Equal(LifecycleStage.Prospect, pool.StageOf(Zhang, threshold - Duration.Epsilon));
    }

    [Fact]
    public void A_member_who_left_is_churned_from_the_instant_they_left_even_while_recently_active()
    {
        var pool = Generators.NewCounterPool(Instant.FromUtc(2024, 1, 1, 0, 0));
        var at = Instant.FromUtc(2024, 1, 2, 0, 0);
        pool.Capture(Zhang, Counter, at, DomainEventId.From("c1"));
        pool.Leave(Zhang, LeaveReason.Left, at + Duration.FromHours(1), DomainEventId.From("l1"));
        Assert.Equal(LifecycleStage.Prospect, pool.StageOf(Zhang, at + Duration.FromHours(1) - Duration.Epsilon));
        Assert.Equal(LifecycleStage.Churned, pool.StageOf(Zhang, at + Duration.FromHours(1)));
        Assert.Equal(LifecycleStage.Churned, pool.StageOf(Zhang, at + Duration.FromDays(400)));
    }

    [Fact]
    public void A_quiet_member_who_left_is_dormant_until_the_instant_they_left_then_churned()
    {
        // Quiet for longer than the dormancy period, so the stage is found through the calendar, not the quick path.
        var policy = LifecyclePolicy.Create(Period.FromDays(90), Period.FromDays(365));
        var at = Instant.FromUtc(2024, 1, 2, 0, 0);
        var pool = Generators.NewCounterPool(at - Duration.FromDays(1), lifecycle: policy);
        pool.Capture(Zhang, Counter, at, DomainEventId.From("c1"));
        var leftAt = at + Duration.FromDays(200);
        pool.Leave(Zhang, LeaveReason.Left, leftAt, DomainEventId.From("l1"));
        Assert.Equal(LifecycleStage.Dormant, pool.StageOf(Zhang, leftAt - Duration.Epsilon));
        Assert.Equal(LifecycleStage.Churned, pool.StageOf(Zhang, leftAt));
    }

    [Fact]
    public void Far_before_any_pool_nothing_counts_as_inactive()
    {
        // The calendar is not consulted before 1653 (10^17 ticks before 1970): the threshold is the start of time.
        var edge = Instant.FromUnixTimeTicks(-100_000_000_000_000_000L);
        Assert.Equal(edge - Duration.FromDays(90), LifecyclePolicy.Threshold(Shanghai, edge, Period.FromDays(90)));
        Assert.Equal(Instant.MinValue, LifecyclePolicy.Threshold(Shanghai, edge - Duration.Epsilon, Period.FromDays(90)));
        Assert.Equal(Instant.MinValue, LifecyclePolicy.Threshold(Shanghai, Instant.MinValue, Period.FromYears(1)));
    }
}
