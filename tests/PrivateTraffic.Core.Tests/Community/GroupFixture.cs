using System;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Community;

/// <summary>What the group tests share: a pool of captured members, the group's channel, short ids.</summary>
internal static class GroupFixture
{
    public static readonly Instant T0 = Generators.PoolEpoch;
    public static readonly ChannelId GroupChannel = ChannelId.From("wecom-group:store-12-a");

    public static MemberId M(int i) => MemberId.From($"m{i:000}");

    public static DomainEventId E(string id) => DomainEventId.From(id);

    /// <summary>A script pool with members m000… captured at the store's till at <see cref="T0"/>.</summary>
    public static PrivatePool PoolOf(int members)
    {
        var pool = Generators.NewScriptPool(null);
        for (var i = 0; i < members; i++)
        {
            pool.Capture(M(i), ChannelId.From("store-till"), T0, E($"c{i}"));
        }

        return pool;
    }

    public static void AssertRule(string code, Action action) => Assert.Equal(code, Assert.Throws<DomainRuleException>(action).Code);
}
