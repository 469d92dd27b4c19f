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

public sealed class CommunityGroupTests
{
    [Fact]
    public void A_wecom_group_holds_500_closes_qr_joins_past_200_and_the_join_that_fills_it_proposes_the_next()
    {
        var pool = PoolOf(502);
        var group = CommunityGroup.Open("Store 12 fresh food", pool, GroupChannel, ChannelKind.WeComGroup, AdmissionPolicy.Open, "a welcome with today's special", T0, E("open"));
        Assert.Equal((500, 200), (group.Opened.Capacity, group.Opened.QrCodeJoinLimit));
        for (var i = 0; i < 200; i++)
        {
            group.Join(pool, M(i), JoinMethod.GroupQrCode, T0, E($"j{i}"));
        }

        AssertRule(DomainRuleCodes.CommunityQrJoinClosed, () => group.Join(pool, M(200), JoinMethod.GroupQrCode, T0, E("j200")));
        for (var i = 200; i < 499; i++)
        {
            Assert.Single(group.Join(pool, M(i), JoinMethod.Invitation, T0, E($"j{i}")));
        }

        var last = group.Join(pool, M(499), JoinMethod.Invitation, T0, E("j499"));
        Assert.Equal("a welcome with today's special", Assert.IsType<MemberJoinedGroup>(last[0]).RitualPlayed);
        Assert.Equal(500, Assert.IsType<NextGroupProposed>(last[1]).Members);
        Assert.True(group.IsFull);
        AssertRule(DomainRuleCodes.CommunityGroupFull, () => group.Join(pool, M(500), JoinMethod.Invitation, T0, E("j500")));
        Assert.Equal(500, group.Members.Count);
    }

    [Fact]
    public void A_join_needs_the_pool_and_the_admission_policy_and_a_refusal_changes_nothing()
    {
        var pool = PoolOf(3);
        var group = CommunityGroup.Open("Reading club", pool, GroupChannel, ChannelKind.WeChatGroup, AdmissionPolicy.Invitation, null, T0, E("open"));
        AssertRule(DomainRuleCodes.CommunityNotInPool, () => group.Join(pool, MemberId.From("stranger"), JoinMethod.Invitation, T0, E("x")));
        AssertRule(DomainRuleCodes.CommunityAdmissionRefused, () => group.Join(pool, M(0), JoinMethod.Invitation, T0, E("x")));
        var applied = CommunityGroup.Open("Paid club", pool, ChannelId.From("paid"), ChannelKind.WeChatGroup, AdmissionPolicy.Paid, null, T0, E("open"));
        AssertRule(DomainRuleCodes.CommunityAdmissionRefused, () => applied.Join(pool, M(0), JoinMethod.Invitation, T0, E("x")));
        applied.Join(pool, M(0), JoinMethod.Invitation, T0, E("x"), admission: JoinAdmission.Paid(MembershipTier.Create("patron", Money.Yuan(199m), []), Money.Yuan(199m)));
        AssertRule(DomainRuleCodes.CommunityAlreadyMember, () => applied.Join(pool, M(0), JoinMethod.Invitation, T0, E("y"), admission: JoinAdmission.Paid(MembershipTier.Create("patron", Money.Yuan(199m), []), Money.Yuan(199m))));
        AssertRule(DomainRuleCodes.CommunityEventIdTaken, () => applied.Join(pool, M(1), JoinMethod.Invitation, T0, E("x"), admission: JoinAdmission.Paid(MembershipTier.Create("patron", Money.Yuan(199m), []), Money.Yuan(199m))));
        Assert.Single(applied.Members);
        Assert.Equal(2, applied.Version);
        var decision = applied.DecideJoin(pool, M(1), JoinMethod.Invitation, T0, E("z"), admission: JoinAdmission.Paid(MembershipTier.Create("patron", Money.Yuan(199m), []), Money.Yuan(199m)));
        applied.Join(pool, M(2), JoinMethod.Invitation, T0, E("w"), admission: JoinAdmission.Paid(MembershipTier.Create("patron", Money.Yuan(199m), []), Money.Yuan(199m)));
        AssertRule(DomainRuleCodes.CommunityStaleDecision, () => applied.Apply(decision));
        Assert.Equal("community", Assert.ThrowsAny<ArgumentException>(() => CommunityGroup.Open(" ", pool, GroupChannel, ChannelKind.WeChatGroup, AdmissionPolicy.Open, null, T0, E("o"))).ParamName);
    }

    [DeepProperty(runs: 30)]
    public Property Capacity_is_never_exceeded_and_a_snapshot_restores_the_same_group() =>
        Prop.ForAll(Gen.Choose(1, 12).ToArbitrary(), Gen.Choose(0, 30).ToArbitrary(), Gen.Choose(0, 5).ToArbitrary(), (capacity, attempts, qr) =>
        {
            var pool = PoolOf(30);
            var policy = CapacityPolicy.Default.WithLimit(ChannelKind.WeChatGroup, capacity).WithQrCodeJoinLimit(qr == 0 ? null : qr);
            var group = CommunityGroup.Open("c", pool, GroupChannel, ChannelKind.WeChatGroup, AdmissionPolicy.Open, null, T0, E("open"), policy);
            for (var i = 0; i < attempts; i++)
            {
                try
                {
                    group.Join(pool, M(i), i % 2 == 0 ? JoinMethod.GroupQrCode : JoinMethod.Invitation, T0, E($"j{i}"));
                }
                catch (DomainRuleException)
                {
                }

                Assert.True(group.Members.Count <= capacity);
            }

            var snapshot = PrivateTrafficJson.Deserialize<GroupSnapshot>(PrivateTrafficJson.Serialize(group.Snapshot()));
            var restored = CommunityGroup.Restore(snapshot);
            Assert.Equal(group.Members, restored.Members);
            Assert.Equal(group.Version, restored.Version);
        });

    [Fact]
    public void A_snapshot_with_more_members_than_capacity_is_refused()
    {
        var pool = PoolOf(3);
        var policy = CapacityPolicy.Default.WithLimit(ChannelKind.WeChatGroup, 2);
        var group = CommunityGroup.Open("c", pool, GroupChannel, ChannelKind.WeChatGroup, AdmissionPolicy.Open, null, T0, E("open"), policy);
        group.Join(pool, M(0), JoinMethod.Invitation, T0, E("j0"));
        var snapshot = group.Snapshot();
        AssertRule(DomainRuleCodes.CommunityInvalidSnapshot, () => CommunityGroup.Restore(snapshot with { Members = [M(0), M(1), M(2)], Version = 4 }));
        AssertRule(DomainRuleCodes.CommunityInvalidSnapshot, () => CommunityGroup.Restore(snapshot with { Members = [M(0), M(0)], Version = 3 }));
        var later = group.DecideJoin(pool, M(1), JoinMethod.Invitation, T0, E("j1")).Events;
        Assert.Equal(2, CommunityGroup.Restore(snapshot, later).Members.Count);
    }

    [Fact]
    public void The_group_snapshot_and_event_golden_files_read_back()
    {
        var pool = PoolOf(2);
        var group = CommunityGroup.Open("Store 12 fresh food", pool, GroupChannel, ChannelKind.WeComGroup, AdmissionPolicy.Open, "a welcome with today's special", T0, E("open"));
        group.Join(pool, M(0), JoinMethod.GroupQrCode, T0 + Duration.FromHours(1), E("j0"));
        group.Join(pool, M(1), JoinMethod.GroupQrCode, T0 + Duration.FromHours(2), E("j1"));
        group.Leave(M(1), GroupLeaveReason.Left, T0 + Duration.FromHours(3), E("l1"));
        group.AssignRole(VersionedBlueprintTests.ReadingCommunity, M(0), CommunityRole.StoreManager, T0 + Duration.FromHours(4), E("r0"));
        var events = group.PendingEvents.ToArray();
        var text = CommunityGolden.Text("group-events.json", PrivateTrafficJson.Serialize(events));
        Assert.Equal(events, PrivateTrafficJson.Deserialize<GroupEvent[]>(text));
        var snapshotText = CommunityGolden.Text("group-snapshot.json", PrivateTrafficJson.Serialize(group.Snapshot()));
        var restored = CommunityGroup.Restore(PrivateTrafficJson.Deserialize<GroupSnapshot>(snapshotText));
        Assert.Equal(group.Members, restored.Members);
        Assert.Equal(group.Roles, restored.Roles);
        Assert.Equal(group.Version, restored.Version);
        CommunityGolden.AssertRefused<GroupEvent>("unknown type", """{"type":"groupClosed","eventId":"e","group":"g","at":"2024-01-01T00:00:00Z"}""");
        CommunityGolden.AssertRefused<GroupEvent>("missing member", """{"type":"nextGroupProposed","eventId":"e","group":"g","at":"2024-01-01T00:00:00Z"}""");
        CommunityGolden.AssertRefused<GroupSnapshot>("unknown member", snapshotText.Replace("\"version\":", "\"extra\":1,\"version\":", StringComparison.Ordinal));
    }
}
