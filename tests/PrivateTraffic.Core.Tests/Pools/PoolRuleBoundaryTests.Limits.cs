using System;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Tests.Pools;

/// <summary>The definition's bounds, the pool's limits on time zones and source channels, and the wrong arguments
/// (null or unset parts) of <see cref="PoolRuleBoundaryTests"/>.</summary>
public sealed partial class PoolRuleBoundaryTests
{
    [Theory]
    [InlineData(0, "SubPools")]
    [InlineData(33, "SubPools")]
    public void A_definition_has_1_to_32_sub_pools(int count, string parameter) =>
        Assert.Equal(parameter, Assert.ThrowsAny<ArgumentException>(() =>
            PrivatePool.Rebuild([Definition(subPools: [.. Enumerable.Range(0, count).Select(k => "p" + k)])])).ParamName);

    [Fact]
    public void A_definition_at_each_bound_is_accepted_and_past_it_refused()
    {
        PrivatePool.Rebuild([Definition(subPools: [.. Enumerable.Range(0, 32).Select(k => "p" + k)], owner: new string('o', 200), capacity: 1, qr: 1, tolerance: Duration.Zero)]);
        string? Refusal(PoolCreated d) => Assert.ThrowsAny<ArgumentException>(() => PrivatePool.Rebuild([d])).ParamName;
        Assert.Equal("Owner", Refusal(Definition(owner: new string('o', 201))));
        Assert.Equal("Owner", Refusal(Definition(owner: " ")));
        Assert.Equal("SubPools", Refusal(Definition(subPools: ["a", "a"])));
        Assert.Equal("SubPools", Refusal(Definition(subPools: [new string('p', 65)])));
        Assert.Equal("Capacity", Refusal(Definition(capacity: 0)));
        Assert.Equal("QrCodeJoinLimit", Refusal(Definition(qr: 0)));
        Assert.Equal("FutureTolerance", Refusal(Definition(tolerance: -Duration.Epsilon)));
        Assert.Equal("Pool", Refusal(Definition() with { Pool = default }));
        Assert.Equal("EventId", Refusal(Definition() with { EventId = default }));
        Assert.Equal("Channel", Refusal(Definition() with { Channel = default }));
    }

    [Fact]
    public void A_pool_tracks_up_to_1024_time_zones_and_refuses_a_new_one_past_them()
    {
        // Asia/Shanghai, the default, is always one of them.
        var pool = NewPool();
        for (var k = 0; k < 1023; k++)
        {
            pool.Apply(Captured(MemberId.From("z" + k), Day(1)) with { TimeZone = DateTimeZone.ForOffset(Offset.FromSeconds(k)) });
        }

        Wrong(pool, Captured(A, Day(1)) with { TimeZone = DateTimeZone.ForOffset(Offset.FromSeconds(1023)) }, "TimeZone");
        Accepted(pool, Captured(A, Day(1)) with { TimeZone = DateTimeZone.ForOffset(Offset.FromSeconds(1022)) });
        Accepted(pool, Captured(B, Day(1)) with { TimeZone = PrivatePool.DefaultTimeZone });
    }

    [Fact]
    public void A_pool_tracks_up_to_65535_source_channels_and_refuses_a_new_one_past_them()
    {
        var pool = NewPool();
        for (var k = 0; k < ushort.MaxValue; k++)
        {
            pool.Apply(Captured(MemberId.From("s" + k), Day(1)) with { Source = ChannelId.From("source-" + k) });
        }

        Wrong(pool, Captured(A, Day(1)) with { Source = ChannelId.From("source-new") }, "Source");
        Accepted(pool, Captured(A, Day(1)) with { Source = ChannelId.From("source-7") });
        Assert.Equal(ChannelId.From("source-7"), Entry(pool, A).Source);
    }

    [Fact]
    public void The_default_zone_is_not_counted_again_for_each_member_in_it()
    {
        var pool = NewPool();
        for (var k = 0; k < 1100; k++)
        {
            pool.Apply(Captured(MemberId.From("sh" + k), Day(1)));
        }

        Accepted(pool, Captured(A, Day(1)) with { TimeZone = DateTimeZoneProviders.Tzdb["Etc/GMT-3"] });
        Assert.Equal("Etc/GMT-3", Entry(pool, A).TimeZone!.Id);
        Assert.Equal("Asia/Shanghai", Entry(pool, MemberId.From("sh7")).TimeZone!.Id);
    }

    [Fact]
    public void Null_events_definitions_and_members_parts_are_wrong_arguments_naming_them()
    {
        var pool = NewPoolWith(A);
        var before = State(pool);
        Assert.Equal("poolEvent", Assert.Throws<ArgumentNullException>(() => pool.Apply((PoolEvent)null!)).ParamName);
        Assert.Equal("events", Assert.Throws<ArgumentNullException>(() => PrivatePool.Rebuild(null!)).ParamName);
        Assert.Equal("events", Assert.ThrowsAny<ArgumentException>(() => PrivatePool.Rebuild([])).ParamName);
        Wrong(pool, Captured(B, Day(1)) with { TimeZone = null! }, "TimeZone");
        Wrong(pool, Captured(B, Day(1)) with { Tags = null! }, "Tags");
        Wrong(pool, new InteractionRecorded(NewId(), Id, Day(2), default, "chat"), "Member");
        Assert.Equal(before, State(pool));
        Assert.Equal("d", Assert.ThrowsAny<ArgumentException>(() => PrivatePool.Restore(pool.ToSnapshot() with { Definition = null! })).ParamName);
        Assert.Equal("SubPools", Assert.ThrowsAny<ArgumentException>(() => PrivatePool.Rebuild([Definition() with { SubPools = null! }])).ParamName);
        Assert.Equal("Kind", Assert.ThrowsAny<ArgumentException>(() => PrivatePool.Rebuild([Definition() with { Kind = ChannelKind.Douyin }])).ParamName);
    }

    [Fact]
    public void A_stage_change_to_the_same_stage_is_refused_even_where_the_history_gives_it()
    {
        var pool = NewPoolWith(A);
        Refused(pool, new StageChanged(NewId(), Id, Day(2), A, LifecycleStage.Prospect, LifecycleStage.Prospect), DomainRuleCodes.PoolIllegalStageTransition);
    }
}
