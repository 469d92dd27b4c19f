using System;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using static PrivateTraffic.Core.Tests.Community.GroupFixture;

namespace PrivateTraffic.Core.Tests.Community;

public sealed class CommunityGroupAdmissionTests
{
    private static readonly MembershipTier Patron = MembershipTier.Create("patron", Money.Yuan(199m), ["monthly meetup"]);
    private static readonly MembershipTier Reader = MembershipTier.Create("reader", Money.Yuan(0m), []);

    [Fact]
    public void A_paid_join_needs_a_paid_tier_and_at_least_its_fee_in_its_currency()
    {
        var pool = PoolOf(4);
        var group = CommunityGroup.Open("Reading club", pool, GroupChannel, ChannelKind.WeChatGroup, AdmissionPolicy.Paid, null, T0, E("open"));
        void Refused(JoinAdmission? admission) =>
            AssertRule(DomainRuleCodes.CommunityAdmissionRefused, () => group.Join(pool, M(0), JoinMethod.Invitation, T0, E("j"), admission: admission));
        Refused(null);
        Refused(JoinAdmission.Approved);
        Refused(JoinAdmission.Paid(Patron, Money.Yuan(198.99m)));
        Refused(JoinAdmission.Paid(Patron, Money.Of(199m, Currency.USD)));
        Refused(JoinAdmission.Paid(Reader, Money.Yuan(10m)));
        Assert.Empty(group.Members);
        Assert.Equal("feePaid", Assert.ThrowsAny<ArgumentException>(() => JoinAdmission.Paid(Patron, Money.Yuan(-1m))).ParamName);

        var joined = Assert.IsType<MemberJoinedGroup>(group.Join(pool, M(0), JoinMethod.Invitation, T0, E("j0"), admission: JoinAdmission.Paid(Patron, Money.Yuan(199m)))[0]);
        Assert.Equal(("patron", Money.Yuan(199m)), (joined.Tier, joined.FeePaid));
        group.Join(pool, M(1), JoinMethod.Invitation, T0, E("j1"), admission: JoinAdmission.Paid(Patron, Money.Yuan(250m)));
        Assert.Equal(joined, PrivateTrafficJson.Deserialize<GroupEvent>(PrivateTrafficJson.Serialize<GroupEvent>(joined)));
    }

    [Fact]
    public void An_application_join_needs_an_approval_and_an_open_join_records_no_fee()
    {
        var pool = PoolOf(2);
        var group = CommunityGroup.Open("c", pool, GroupChannel, ChannelKind.WeChatGroup, AdmissionPolicy.Application, null, T0, E("open"));
        AssertRule(DomainRuleCodes.CommunityAdmissionRefused, () => group.Join(pool, M(0), JoinMethod.Invitation, T0, E("j0"), admission: JoinAdmission.Paid(Patron, Money.Yuan(199m))));
        var joined = Assert.IsType<MemberJoinedGroup>(group.Join(pool, M(0), JoinMethod.Invitation, T0, E("j0"), admission: JoinAdmission.Approved)[0]);
        Assert.Equal((null, null), (joined.Tier, joined.FeePaid));
        var open = CommunityGroup.Open("c", pool, ChannelId.From("open"), ChannelKind.WeChatGroup, AdmissionPolicy.Open, null, T0, E("open"));
        var free = Assert.IsType<MemberJoinedGroup>(open.Join(pool, M(1), JoinMethod.Invitation, T0, E("j1"), admission: JoinAdmission.Paid(Patron, Money.Yuan(199m)))[0]);
        Assert.Null(free.FeePaid);
        Assert.DoesNotContain("feePaid", PrivateTrafficJson.Serialize<GroupEvent>(free), StringComparison.Ordinal);
        CommunityGolden.AssertRefused<GroupEvent>("fee as a number", """{"type":"memberJoinedGroup","member":"m000","method":"invitation","invitedBy":null,"ritualPlayed":null,"tier":"patron","feePaid":199,"eventId":"e","group":"g","at":"2024-01-01T00:00:00Z"}""");
    }
}
