using System;
using System.Globalization;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Pools;

public sealed class PoolMetricsTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>
    /// The department-store case (article 003): about 100 of the day's visitors stop to ask at the counter; instead of
    /// the 20 who buy on the spot leaving their details, all 100 add the clerk's WeChat for a free sample, and over the
    /// next 7 days some of them order. Here 20 order within the week, 5 of them twice.
    /// </summary>
    [Fact]
    public void The_counter_case_captures_100_askers_and_converts_some_within_a_week()
    {
        var pool = Generators.NewScriptPool(capacity: null);
        var counter = ChannelId.From("counter-sample");
        var day = new LocalDate(2024, 3, 1).At(new LocalTime(14, 0)).InZoneLeniently(Shanghai).ToInstant();
        for (var i = 0; i < 100; i++)
        {
            pool.Capture(Id(i), counter, day + Duration.FromMinutes(i), DomainEventId.From($"c{i}"), tags: ["free-sample"]);
        }

        for (var i = 0; i < 20; i++)
        {
            pool.RecordPurchase(Id(i), "skincare", Money.Yuan(199m), day + Duration.FromDays(1 + (i % 7)), DomainEventId.From($"p{i}"));
        }

        for (var i = 0; i < 5; i++)
        {
            pool.RecordPurchase(Id(i), "skincare", Money.Yuan(199m), day + Duration.FromDays(7), DomainEventId.From($"r{i}"));
        }

        var week = pool.Measure(new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 8), Shanghai);
        Assert.Equal(100, week.Captures);
        Assert.Equal(100, week.CapturesBySource[counter]);
        Assert.Equal(100, week.SizeAtEnd);
        Assert.Equal(100, week.NetGrowth);
        Assert.Equal(0.0, week.LeaveRate);
        Assert.Equal(20, week.Buyers);
        Assert.Equal(0.25, week.RepurchaseRate);
        Assert.Equal(80, week.StageDistribution[LifecycleStage.Prospect]);
        Assert.Equal(15, week.StageDistribution[LifecycleStage.FirstPurchase]);
        Assert.Equal(5, week.StageDistribution[LifecycleStage.Repeat]);
        Assert.Equal(0.20, week.Conversions[0].Rate, 10);
        Assert.Equal(0.25, week.Conversions[1].Rate, 10);
        var cohort = Assert.Single(week.Cohorts);
        Assert.Equal(new YearMonth(2024, 3), cohort.Month);
        Assert.Equal(100, cohort.Size);
    }

    [Fact]
    public void Cohort_retention_counts_members_still_in_at_each_month_end()
    {
        var pool = Generators.NewScriptPool(capacity: null);
        var jan = Instant.FromUtc(2024, 1, 10, 0, 0);
        var feb = Instant.FromUtc(2024, 2, 10, 0, 0);
        for (var i = 0; i < 4; i++)
        {
            pool.Capture(Id(i), ChannelId.From("counter"), jan, DomainEventId.From($"c{i}"));
        }

        pool.Capture(Id(9), ChannelId.From("douyin"), feb, DomainEventId.From("c9"));
        pool.Leave(Id(0), LeaveReason.Left, jan + Duration.FromDays(5), DomainEventId.From("l0"));
        pool.Leave(Id(1), LeaveReason.Left, feb + Duration.FromDays(1), DomainEventId.From("l1"));
        pool.Erase(Id(2), Instant.FromUtc(2024, 3, 3, 0, 0), DomainEventId.From("x2"));

        var m = pool.Measure(new LocalDate(2024, 1, 1), new LocalDate(2024, 3, 31), Shanghai);
        Assert.Equal(3, m.Cohorts.Count);
        Assert.Equal(new[] { 3, 2, 1 }, m.Cohorts[0].Retained);
        Assert.Equal(4, m.Cohorts[0].Size);
        Assert.Equal(new[] { 1, 1 }, m.Cohorts[1].Retained);
        Assert.Equal(0, m.Cohorts[2].Size);
        Assert.Equal(3, m.Losses);
        Assert.Equal(2, m.SizeAtEnd);
        Assert.Equal(0.6, m.LeaveRate, 10);
        Assert.Equal(4, m.MembersAtEnd);

        var feb1 = pool.Measure(new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 29), Shanghai);
        Assert.Equal(3, feb1.SizeAtStart);
        Assert.Equal(3, feb1.SizeAtEnd);
        Assert.Equal(0, feb1.NetGrowth);
    }

    [Fact]
    public void A_range_that_ends_before_it_starts_is_refused() =>
        Assert.Throws<ArgumentException>(() => Generators.NewScriptPool().Measure(new LocalDate(2024, 2, 1), new LocalDate(2024, 1, 1)));

    private static MemberId Id(int i) => MemberId.From("asker-" + i.ToString("000", CultureInfo.InvariantCulture));
}
