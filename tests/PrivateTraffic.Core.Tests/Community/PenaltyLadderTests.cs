using System;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Community;

public sealed class PenaltyLadderTests
{
    private static readonly Instant T0 = Generators.PoolEpoch;

    private static Instant Day(double d) => T0 + Duration.FromHours(d * 24);

    private static readonly PenaltyLadder Ladder = GroupRuleSetTests.StoreGroupRules.Ladder;

    [Fact]
    public void Violations_climb_warn_mute_remove_and_old_ones_fall_out_of_the_windows()
    {
        Assert.Equal(Penalty.None, Ladder.PenaltyFor([], Day(0)));
        Assert.Equal(Penalty.Warn, Ladder.PenaltyFor([Day(0)], Day(0)));
        Assert.Equal(Penalty.Mute, Ladder.PenaltyFor([Day(0), Day(1)], Day(1)));
        Assert.Equal(Duration.FromHours(24), Ladder.StepFor([Day(0), Day(1)], Day(1))!.MuteFor);
        Assert.Equal(Penalty.Remove, Ladder.PenaltyFor([Day(0), Day(1), Day(2)], Day(2)));

        // Three in 30 days still removes, but two 8 days apart only warn: the mute's window is 7 days.
        Assert.Equal(Penalty.Remove, Ladder.PenaltyFor([Day(0), Day(10), Day(20)], Day(20)));
        Assert.Equal(Penalty.Warn, Ladder.PenaltyFor([Day(0), Day(8)], Day(8)));
        Assert.Equal(Penalty.Warn, Ladder.PenaltyFor([Day(0), Day(10), Day(40)], Day(40)));
    }

    [Fact]
    public void A_removal_is_the_pools_member_left_with_reason_removed_and_nothing_changes_until_applied()
    {
        var pool = Generators.NewScriptPool(null);
        var wang = MemberId.From("wang");
        pool.Capture(wang, ChannelId.From("store-qr"), Day(0), DomainEventId.From("c1"));
        var step = Ladder.StepFor([Day(1), Day(2), Day(3)], Day(3))!;
        var decision = PenaltyEnforcement.DecideRemoval(pool, step, wang, Day(3), DomainEventId.From("removed-1"));
        var left = Assert.Single(decision.Events.OfType<MemberLeft>());
        Assert.Equal(LeaveReason.Removed, left.Reason);
        Assert.Null(pool.Members.Single().LeftAt);
        pool.Apply(decision);
        Assert.Equal(Day(3), pool.Members.Single().LeftAt);
        Assert.Equal("step", Assert.ThrowsAny<ArgumentException>(() => PenaltyEnforcement.DecideRemoval(pool, Ladder.Steps[0], wang, Day(3), DomainEventId.From("x"))).ParamName);
    }
}
