using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Pools;

/// <summary>Pool metrics with members at each edge of the range, a tick either side (found unpinned by the mutation run
/// over Pools, issue 10): the range runs from the first day's start to the last day's end in its zone, a month of the
/// cohort table from its first instant up to the next month's, and an instant at the range's end is already outside.</summary>
public sealed class PoolMetricsBoundaryTests
{
    private static readonly ChannelId Counter = ChannelId.From("counter-sample");
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    // March and April 2024 in Shanghai (UTC+8).
    private static readonly Instant Start = Instant.FromUtc(2024, 2, 29, 16, 0);
    private static readonly Instant EndOfMarch = Instant.FromUtc(2024, 3, 31, 16, 0);
    private static readonly Instant End = Instant.FromUtc(2024, 4, 30, 16, 0);
    private static readonly Duration Tick = Duration.Epsilon;

    private static PoolMetrics Measured()
    {
        var steps = new List<(Instant At, Action<PrivatePool, DomainEventId> Run)>();
        void Capture(string name, Instant at) => steps.Add((at, (p, id) => p.Capture(MemberId.From(name), Counter, at, id)));
        void Leave(string name, Instant at) => steps.Add((at, (p, id) => p.Leave(MemberId.From(name), LeaveReason.Left, at, id)));
        void Buy(string name, Instant at) => steps.Add((at, (p, id) => p.RecordPurchase(MemberId.From(name), "skincare", Money.Yuan(10m), at, id)));

        Capture("p-before-start", Start - Tick);
        Capture("q-left-at-start", Start - Duration.FromDays(1));
        Leave("q-left-at-start", Start);
        Capture("r-left-before-start", Start - Duration.FromDays(1));
        Leave("r-left-before-start", Start - Tick);
        Capture("s-at-start", Start);
        Buy("s-at-start", End);
        Capture("t-at-april", EndOfMarch);
        Capture("u-before-april", EndOfMarch - Tick);
        Buy("u-before-april", End - Tick);
        Buy("u-before-april", End);
        Capture("v-at-end", End);
        Capture("w-before-end", End - Duration.FromMilliseconds(1));
        Buy("w-before-end", End - (2 * Tick));
        Buy("w-before-end", End - Tick);
        Capture("x-left-at-end", Start + Duration.FromDays(1));
        Leave("x-left-at-end", End);
        Capture("y-left-before-end", Start + Duration.FromDays(2));
        Leave("y-left-before-end", End - Tick);

        var pool = Generators.NewCounterPool(Start - Duration.FromDays(2));
        var n = 0;
        foreach (var step in steps.OrderBy(s => s.At))
        {
            step.Run(pool, DomainEventId.From("e" + n++));
        }

        return pool.Measure(new LocalDate(2024, 3, 1), new LocalDate(2024, 4, 30), Shanghai);
    }

    [Fact]
    public void Sizes_captures_and_losses_count_each_edge_once()
    {
        var m = Measured();

        // At the start: p (a tick before) and q (leaving at the start instant itself); r left a tick before it.
        Assert.Equal(2, m.SizeAtStart);

        // s, t, u, w, x and y; v, captured at the end instant, is outside.
        Assert.Equal(6, m.Captures);
        Assert.Equal(6, m.CapturesBySource[Counter]);

        // q (at the start) and y (a tick before the end); x leaving at the end instant is still present.
        Assert.Equal(2, m.Losses);
        Assert.Equal(6, m.SizeAtEnd);
    }

    [Fact]
    public void Buyers_count_purchases_before_the_end_instant_only()
    {
        var m = Measured();

        // u and w bought a tick or two before the end; s bought at the end instant; u's second purchase was at the end.
        Assert.Equal(2, m.Buyers);
        Assert.Equal(1, m.RepeatBuyers);
    }

    [Fact]
    public void Cohorts_split_at_the_first_instant_of_april()
    {
        var m = Measured();

        // March: s, u (a tick before April), x and y; y left a tick before the end. April: t (at April's first instant), w.
        Assert.Equal(4, m.Cohorts[0].Size);
        Assert.Equal([4, 3], m.Cohorts[0].Retained);
        Assert.Equal(2, m.Cohorts[1].Size);
        Assert.Equal([2], m.Cohorts[1].Retained);
    }

    [Fact]
    public void Members_at_the_end_include_those_who_left_as_churned()
    {
        var m = Measured();

        // Everyone captured before the end instant, v excepted; q, r and y left before it and are churned.
        Assert.Equal(9, m.MembersAtEnd);
        Assert.Equal(3, m.StageDistribution[LifecycleStage.Churned]);
    }

    [Fact]
    public void The_rates_divide_by_everyone_in_the_pool_during_the_range_and_are_zero_with_nobody()
    {
        var empty = Generators.NewCounterPool(Start - Duration.FromDays(10)).Measure(new LocalDate(2024, 3, 1), new LocalDate(2024, 4, 30), Shanghai);
        Assert.Equal((0.0, 0.0, 0.0), (empty.LeaveRate, empty.ChurnedShare, empty.RepurchaseRate));
        Assert.All(empty.Conversions, step => Assert.Equal(0.0, step.Rate));

        // Two members before the range and one captured in it; one of the first two leaves; the other buys twice, the
        // new one once.
        var pool = Generators.NewCounterPool(Start - Duration.FromDays(10));
        var n = 0;
        DomainEventId Next() => DomainEventId.From("e" + n++);
        pool.Capture(MemberId.From("a"), Counter, Start - Duration.FromDays(2), Next());
        pool.Capture(MemberId.From("b"), Counter, Start - Duration.FromDays(2), Next());
        pool.Capture(MemberId.From("c"), Counter, Start + Duration.FromDays(3), Next());
        pool.Leave(MemberId.From("a"), LeaveReason.Left, Start + Duration.FromDays(4), Next());
        pool.RecordPurchase(MemberId.From("b"), "skincare", Money.Yuan(10m), Start + Duration.FromDays(5), Next());
        pool.RecordPurchase(MemberId.From("b"), "skincare", Money.Yuan(10m), Start + Duration.FromDays(6), Next());
        pool.RecordPurchase(MemberId.From("c"), "skincare", Money.Yuan(10m), Start + Duration.FromDays(7), Next());
        var m = pool.Measure(new LocalDate(2024, 3, 1), new LocalDate(2024, 4, 30), Shanghai);
        Assert.Equal((2, 1, 1, 3), (m.SizeAtStart, m.Captures, m.Losses, m.MembersAtEnd));
        Assert.Equal(1.0 / 3, m.LeaveRate);
        Assert.Equal(1.0 / 3, m.ChurnedShare);
        Assert.Equal(0.5, m.RepurchaseRate);
        // The funnel follows the range's captures: c, who bought.
        Assert.Equal((1, 1, 1.0), (m.Conversions[0].Reached, m.Conversions[0].Converted, m.Conversions[0].Rate));
    }
}
