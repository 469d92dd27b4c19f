using FsCheck;
using FsCheck.Fluent;
using System;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value;

public sealed class MemberStatusRuleTests
{
    private static readonly MemberStatusRule Rule = MemberStatusRule.Create(Duration.FromDays(30), ["spam"]);

    private static Arbitrary<int> Days { get; } = Gen.Choose(0, 600).ToArbitrary();

    [DeepProperty(runs: 50)]
    public Property The_statuses_partition_the_members_and_follow_the_stated_rule() =>
        Prop.ForAll(Generators.Pair(Generators.StatusPools, Days), t =>
        {
            var ((pool, _), days) = t;
            var asOf = Generators.StatusPoolEpoch + Duration.FromDays(days);
            var statuses = Rule.ClassifyAll(pool, asOf);
            var captured = pool.Members.Where(m => m.CapturedAt <= asOf).ToArray();

            // Every member captured by then has exactly one status.
            Assert.Equal(captured.Select(m => m.Id), statuses.Select(s => s.Key));
            var composition = PoolComposition.Of(pool, Rule, asOf);
            Assert.Equal(captured.Length, composition.Members);
            Assert.Equal(captured.Length, Enum.GetValues<MemberStatus>().Sum(composition.CountOf));
            if (captured.Length > 0)
            {
                Assert.Equal(1.0, Enum.GetValues<MemberStatus>().Sum(composition.ShareOf), 12);
                Assert.Equal(0.0, Enum.GetValues<MemberStatus>().Sum(composition.DeviationOf), 12);
            }

            foreach (var member in captured)
            {
                var status = Rule.Classify(pool, member, asOf);
                var left = member.LeftAt is { } l && l <= asOf;
                var reachable = member.Consents.Any(c => pool.HasConsent(member.Id, ConsentPurpose.Marketing, c.Channel, asOf));
                var active = asOf - member.LastActivityAt <= Duration.FromDays(30);
                Assert.Equal(!left && member.PurchaseCount > 0, status == MemberStatus.Paying);
                Assert.Equal(!left && member.PurchaseCount == 0 && !member.Tags.Contains("spam") && reachable && active, status == MemberStatus.Convertible);
            }
        });

    [Fact]
    public void A_prospect_is_convertible_only_while_reachable_clean_and_active()
    {
        var start = Instant.FromUtc(2024, 3, 1, 2, 0);
        var shop = ChannelId.From("wecom:shop");
        var pool = PrivatePool.Open(PoolId.From("p"), "o", shop, ChannelKind.WeComContact, ["all"], start, DomainEventId.From("open"));
        void Capture(string id, string[]? tags = null) => pool.Capture(MemberId.From(id), ChannelId.From("qr"), start, DomainEventId.From("c-" + id), tags: tags);
        foreach (var id in new[] { "buyer", "fresh", "quiet", "silent" })
        {
            Capture(id);
        }

        Capture("spammer", ["spam"]);
        foreach (var id in new[] { "buyer", "fresh", "quiet", "spammer" })
        {
            pool.GrantConsent(MemberId.From(id), ConsentPurpose.Marketing, shop, start, DomainEventId.From("g-" + id));
        }

        var asOf = start + Duration.FromDays(45);
        pool.RecordPurchase(MemberId.From("buyer"), "tea", Money.Yuan(50m), start + Duration.FromDays(3), DomainEventId.From("p"));
        pool.RecordInteraction(MemberId.From("fresh"), "chat", asOf - Duration.FromDays(2), DomainEventId.From("i"));

        MemberStatusReason Reason(string id) => Rule.Explain(pool, pool.Find(MemberId.From(id))!, asOf);
        Assert.Equal(MemberStatusReason.Bought, Reason("buyer"));
        Assert.Equal(MemberStatusReason.ReachableAndActive, Reason("fresh"));
        Assert.Equal(MemberStatusReason.Inactive, Reason("quiet"));
        Assert.Equal(MemberStatusReason.NoConsent, Reason("silent"));
        Assert.Equal(MemberStatusReason.SpamTagged, Reason("spammer"));

        pool.Leave(MemberId.From("buyer"), LeaveReason.Left, asOf, DomainEventId.From("l"));
        Assert.Equal(MemberStatusReason.Left, Reason("buyer"));
        Assert.Equal(MemberStatus.Junk, MemberStatusRule.StatusOf(MemberStatusReason.Left));
    }

    [Fact]
    public void A_rule_needs_a_positive_window_and_real_tags()
    {
        Assert.Throws<ArgumentException>("activeWithin", () => MemberStatusRule.Create(Duration.Zero));
        Assert.Throws<ArgumentException>("spamTags", () => MemberStatusRule.Create(Duration.FromDays(1), [" "]));
        Assert.Equal("active within 30 days, spam tags [spam], reach purpose marketing", Rule.ToString());
    }
}
