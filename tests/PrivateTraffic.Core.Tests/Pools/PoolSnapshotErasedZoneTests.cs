using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Pools;

/// <summary>An erased entry forgets its member's time zone, so Restore accepts its quiet stage when some zone of the
/// database allows it. These pin the case where only a zone with summer time does: neither the default zone nor a fixed
/// offset gives it, and Restore must search the database's zones.</summary>
public sealed class PoolSnapshotErasedZoneTests
{
    private static readonly ChannelId Counter = ChannelId.From("counter-sample");
    private static readonly MemberId Member = MemberId.From("member-berlin");

    // 2024 is a leap year: 1 February to 1 May is 90 days. Captured at 00:00 UTC (01:00 in Berlin, in winter time), the
    // review at 23:30 UTC on 30 April is 01:30 on 1 May in Berlin (summer time); 90 days before that local time is 01:30
    // on 1 February, 00:30 UTC, after the capture: dormant in Berlin. In Shanghai, or in any fixed offset, the same review
    // looks back to 23:30 UTC on 31 January, before the capture: still a prospect.
    private static readonly Instant CapturedAt = Instant.FromUtc(2024, 2, 1, 0, 0);
    private static readonly Instant ReviewedAt = Instant.FromUtc(2024, 4, 30, 23, 30);

    private static PrivatePool History(DateTimeZone zone, bool erase)
    {
        var pool = Generators.NewCounterPool(CapturedAt - Duration.FromDays(1));
        pool.Capture(Member, Counter, CapturedAt, DomainEventId.From("e1"), timeZone: zone);
        pool.Review(ReviewedAt, DomainEventId.From("e2"));
        if (erase)
        {
            pool.Erase(Member, ReviewedAt + Duration.FromMinutes(10), DomainEventId.From("e3"));
        }

        return pool;
    }

    [Fact]
    public void Only_the_zone_with_summer_time_makes_the_member_dormant_at_the_review()
    {
        Assert.Equal(LifecycleStage.Dormant, History(DateTimeZoneProviders.Tzdb["Europe/Berlin"], erase: false).StageOf(Member, ReviewedAt));
        Assert.Equal(LifecycleStage.Prospect, History(PrivatePool.DefaultTimeZone, erase: false).StageOf(Member, ReviewedAt));
    }

    [Fact]
    public void The_erased_dormant_entry_of_a_member_in_berlin_loads()
    {
        var snapshot = History(DateTimeZoneProviders.Tzdb["Europe/Berlin"], erase: true).ToSnapshot();
        Assert.Equal(LifecycleStage.Dormant, Assert.Single(snapshot.Members).Stage);
        Assert.Equal(PrivateTrafficJson.Serialize(snapshot), PrivateTrafficJson.Serialize(PrivatePool.Restore(snapshot).ToSnapshot()));
    }

    [Theory]
    [InlineData(90, true)] // one zone moved its clock by two hours that spring (Antarctica/Troll, +0 to +2): it allows this
    [InlineData(150, false)] // none moved it by more: no zone allows this
    public void The_same_entry_made_dormant_sooner_loads_only_while_some_zone_allows_it(int minutesSooner, bool loads)
    {
        var snapshot = History(DateTimeZoneProviders.Tzdb["Europe/Berlin"], erase: true).ToSnapshot();
        var sooner = ReviewedAt - Duration.FromMinutes(minutesSooner);
        var changed = snapshot with { Members = [Assert.Single(snapshot.Members) with { GoneAt = sooner, LastActivityAt = sooner, LastEventAt = sooner }] };
        if (loads)
        {
            PrivatePool.Restore(changed);
        }
        else
        {
            Assert.Equal(DomainRuleCodes.PoolInvalidSnapshot, Assert.Throws<DomainRuleException>(() => PrivatePool.Restore(changed)).Code);
        }
    }
}
