using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;
using static PrivateTraffic.Core.Tests.Community.GroupFixture;

namespace PrivateTraffic.Core.Tests.Community;

public sealed class CommunityGroupLeaveTests
{
    private static readonly PenaltyStep Removal = PenaltyStep.Remove(3, Duration.FromDays(30));

    [Fact]
    public void A_leave_drops_the_headcount_frees_a_place_and_a_second_leave_is_refused()
    {
        var pool = PoolOf(3);
        var policy = CapacityPolicy.Default.WithLimit(ChannelKind.WeChatGroup, 2);
        var group = CommunityGroup.Open("c", pool, GroupChannel, ChannelKind.WeChatGroup, AdmissionPolicy.Open, null, T0, E("open"), policy);
        group.Join(pool, M(0), JoinMethod.Invitation, T0, E("j0"));
        group.Join(pool, M(1), JoinMethod.Invitation, T0, E("j1"));
        AssertRule(DomainRuleCodes.CommunityGroupFull, () => group.Join(pool, M(2), JoinMethod.Invitation, T0, E("j2")));
        var left = Assert.IsType<MemberLeftGroup>(Assert.Single(group.Leave(M(0), GroupLeaveReason.Left, T0, E("l0"))));
        Assert.Equal(GroupLeaveReason.Left, left.Reason);
        Assert.Equal([M(1)], group.Members);
        Assert.False(group.IsFull);
        AssertRule(DomainRuleCodes.CommunityNotAMember, () => group.Leave(M(0), GroupLeaveReason.Left, T0, E("l0b")));
        AssertRule(DomainRuleCodes.CommunityNotAMember, () => group.Leave(M(2), GroupLeaveReason.Left, T0, E("l2")));
        AssertRule(DomainRuleCodes.CommunityEventIdTaken, () => group.Leave(M(1), GroupLeaveReason.Left, T0, E("j0")));
        group.Join(pool, M(2), JoinMethod.Invitation, T0, E("j2"));
        Assert.Equal([M(1), M(2)], group.Members);
        Assert.True(pool.Find(M(0)) is { LeftAt: null });
    }

    [Fact]
    public void A_removal_leaves_both_the_pool_and_the_group_and_a_refusal_on_either_side_changes_neither()
    {
        var pool = PoolOf(3);
        var group = CommunityGroup.Open("c", pool, GroupChannel, ChannelKind.WeChatGroup, AdmissionPolicy.Open, null, T0, E("open"));
        group.Join(pool, M(0), JoinMethod.Invitation, T0, E("j0"));
        var removal = PenaltyEnforcement.Remove(pool, group, Removal, M(0), T0 + Duration.FromDays(1), E("r0"));
        Assert.Equal(GroupLeaveReason.Removed, Assert.IsType<MemberLeftGroup>(Assert.Single(removal.Group.Events)).Reason);
        Assert.Equal(E("r0~group"), removal.Group.Events[0].EventId);
        Assert.Empty(group.Members);
        Assert.Equal(LeaveReason.Removed, removal.Pool.Events.OfType<MemberLeft>().Single().Reason);
        Assert.NotNull(pool.Find(M(0))!.LeftAt);
        AssertRule(DomainRuleCodes.CommunityNotInPool, () => group.Join(pool, M(0), JoinMethod.Invitation, T0, E("j0b")));

        // M(1) is in the pool but not in the group: the group refuses, so the pool keeps them.
        var version = group.Version;
        AssertRule(DomainRuleCodes.CommunityNotAMember, () => PenaltyEnforcement.Remove(pool, group, Removal, M(1), T0, E("r1")));
        Assert.True(pool.Find(M(1)) is { LeftAt: null });
        Assert.Equal(version, group.Version);
        Assert.Throws<ArgumentException>(() => PenaltyEnforcement.DecideRemoval(pool, group, PenaltyStep.Mute(2, Duration.FromDays(30), Duration.FromDays(1)), M(1), T0, E("r2")));
    }

    [DeepProperty(runs: 30)]
    public Property Capacity_is_never_exceeded_and_the_headcount_is_joins_minus_leaves() =>
        Prop.ForAll(Gen.Choose(1, 8).ToArbitrary(), Gen.ListOf(Gen.Choose(0, 14)).ToArbitrary(), (capacity, script) =>
        {
            var pool = PoolOf(10);
            var policy = CapacityPolicy.Default.WithLimit(ChannelKind.WeChatGroup, capacity).WithQrCodeJoinLimit(null);
            var group = CommunityGroup.Open("c", pool, GroupChannel, ChannelKind.WeChatGroup, AdmissionPolicy.Open, null, T0, E("open"), policy);
            var (joins, leaves) = (0, 0);
            var step = 0;
            foreach (var n in script)
            {
                step++;
                try
                {
                    // 0–9 join member n; 10–14 take member (n − 10) out, by leaving or (when even) by removal.
                    if (n < 10)
                    {
                        group.Join(pool, M(n), JoinMethod.Invitation, T0, E($"s{step}"));
                        joins++;
                    }
                    else if (n % 2 == 0)
                    {
                        PenaltyEnforcement.Remove(pool, group, Removal, M(n - 10), T0, E($"s{step}"));
                        leaves++;
                    }
                    else
                    {
                        group.Leave(M(n - 10), GroupLeaveReason.Left, T0, E($"s{step}"));
                        leaves++;
                    }
                }
                catch (DomainRuleException)
                {
                }

                Assert.True(group.Members.Count <= capacity);
                Assert.Equal(joins - leaves, group.Members.Count);
                Assert.Equal(group.Members.Count, group.Members.Distinct().Count());
            }

            var events = group.PendingEvents.ToArray();
            Assert.Equal(joins, events.OfType<MemberJoinedGroup>().Count());
            Assert.Equal(leaves, events.OfType<MemberLeftGroup>().Count());
            var snapshot = PrivateTrafficJson.Deserialize<GroupSnapshot>(PrivateTrafficJson.Serialize(group.Snapshot()));
            Assert.Equal(group.Members, CommunityGroup.Restore(snapshot).Members);
            var replayed = CommunityGroup.Restore(new GroupSnapshot(GroupSnapshot.SchemaVersion, group.Opened, [], 1), events.Skip(1));
            Assert.Equal(group.Members, replayed.Members);
        });

    [Fact]
    public void A_later_leave_of_someone_not_in_the_snapshot_is_refused_on_restore()
    {
        var pool = PoolOf(2);
        var group = CommunityGroup.Open("c", pool, GroupChannel, ChannelKind.WeChatGroup, AdmissionPolicy.Open, null, T0, E("open"));
        group.Join(pool, M(0), JoinMethod.Invitation, T0, E("j0"));
        var snapshot = group.Snapshot();
        AssertRule(DomainRuleCodes.CommunityNotAMember, () => CommunityGroup.Restore(snapshot, [new MemberLeftGroup(E("l1"), GroupChannel, T0, M(1), GroupLeaveReason.Left)]));
        Assert.Empty(CommunityGroup.Restore(snapshot, [new MemberLeftGroup(E("l0"), GroupChannel, T0, M(0), GroupLeaveReason.Removed)]).Members);
        CommunityGolden.AssertRefused<GroupEvent>("unknown reason", """{"type":"memberLeftGroup","member":"m000","reason":"kicked","eventId":"e","group":"g","at":"2024-01-01T00:00:00Z"}""");
        CommunityGolden.AssertRefused<GroupEvent>("missing reason", """{"type":"memberLeftGroup","member":"m000","eventId":"e","group":"g","at":"2024-01-01T00:00:00Z"}""");
        CommunityGolden.AssertRefused<GroupEvent>("numeric reason", """{"type":"memberLeftGroup","member":"m000","reason":1,"eventId":"e","group":"g","at":"2024-01-01T00:00:00Z"}""");
    }
}
