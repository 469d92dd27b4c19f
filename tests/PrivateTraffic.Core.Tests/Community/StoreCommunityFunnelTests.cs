using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using static PrivateTraffic.Core.Tests.Community.GroupFixture;

namespace PrivateTraffic.Core.Tests.Community;

public sealed class StoreCommunityFunnelTests
{
    private static Instant H(int hours) => T0 + Duration.FromHours(hours);

    [Fact]
    public void Capture_link_activate_grow_counts_each_customer_at_the_steps_they_reached()
    {
        var pool = PoolOf(6);
        var group = CommunityGroup.Open("Store 12 fresh food", pool, GroupChannel, ChannelKind.WeChatGroup, AdmissionPolicy.Open, null, H(0), E("open"));
        pool.RecordPurchase(M(0), "vegetables", Money.Yuan(30m), H(1), E("p0a"));
        foreach (var i in new[] { 0, 1, 2, 3, 4 })
        {
            group.Join(pool, M(i), JoinMethod.GroupQrCode, H(2), E($"j{i}"));
        }

        pool.RecordPurchase(M(0), "fruit", Money.Yuan(20m), H(3), E("p0b"));      // cross-category after joining
        pool.RecordPurchase(M(1), "fruit", Money.Yuan(20m), H(3), E("p1a"));      // activated by a first purchase
        pool.RecordPurchase(M(1), "fruit", Money.Yuan(25m), H(4), E("p1b"));      // then a repeat
        pool.RecordInteraction(M(2), "asked about delivery", H(3), E("i2"));      // activated, not grown
        group.Leave(M(3), GroupLeaveReason.Left, H(3), E("l3"));                  // linked once, never active
        pool.RecordPurchase(M(5), "fruit", Money.Yuan(20m), H(3), E("p5"));       // never joined: captured only

        var funnel = StoreCommunityFunnel.Compute(pool, pool.PendingEvents, group.PendingEvents);
        Assert.Equal(new StoreCommunityFunnel(6, 5, 3, 2, 1, 1), funnel);
        Assert.Equal([6, 5, 3, 2], funnel.Steps.Select(s => s.Count));
    }

    [DeepProperty(runs: 30)]
    public Property Funnels_never_create_people() =>
        Prop.ForAll(Gen.ListOf(Gen.Choose(0, 39)).ToArbitrary(), script =>
        {
            var pool = PoolOf(8);
            var group = CommunityGroup.Open("c", pool, GroupChannel, ChannelKind.WeChatGroup, AdmissionPolicy.Open, null, T0, E("open"));
            var step = 0;
            foreach (var n in script)
            {
                // n / 8 picks the action (join, leave, purchase in one of two categories, interaction), n % 8 the member.
                var (member, at, id) = (M(n % 8), H(++step), E($"s{step}"));
                try
                {
                    _ = (n / 8) switch
                    {
                        0 => group.Join(pool, member, JoinMethod.Invitation, at, id).Count,
                        1 => group.Leave(member, GroupLeaveReason.Left, at, id).Count,
                        2 => pool.RecordPurchase(member, "fruit", Money.Yuan(10m), at, id) ? 1 : 0,
                        3 => pool.RecordPurchase(member, "vegetables", Money.Yuan(10m), at, id) ? 1 : 0,
                        _ => pool.RecordInteraction(member, "chat", at, id) ? 1 : 0,
                    };
                }
                catch (DomainRuleException)
                {
                }
            }

            var f = StoreCommunityFunnel.Compute(pool, pool.PendingEvents, group.PendingEvents);
            Assert.True(f.Captured >= f.Linked && f.Linked >= f.Activated && f.Activated >= f.Grown && f.Grown >= 0);
            Assert.True(f.RepeatBuyers <= f.Grown && f.CrossCategoryBuyers <= f.Grown && f.RepeatBuyers + f.CrossCategoryBuyers >= f.Grown);
            Assert.Equal(8, f.Captured);
        });
}
