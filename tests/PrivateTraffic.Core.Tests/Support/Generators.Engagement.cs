using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Support;

/// <summary>Engagement rules: member views over a small vocabulary (so conditions often hit) and random rule sets.</summary>
public static partial class Generators
{
    /// <summary>The instant of every generated view.</summary>
    public static Instant RuleEpoch { get; } = Instant.FromUtc(2026, 11, 24, 12, 0);

    public static string[] RuleTags { get; } = ["bought:trousers", "bought:coat", "vip", "new-arrival-target", "不打扰"];

    public static string[] RuleGroups { get; } = ["group-1", "group-2", "group-3"];

    public static CommunityRole[] RuleRoles { get; } = [CommunityRole.Member, CommunityRole.SeedUser, CommunityRole.Partner];

    public static string[] RuleChannels { get; } = ["wecom", "wechat-personal"];

    private static readonly DateTimeZone[] RuleZones =
        [.. new[] { "Asia/Shanghai", "America/New_York", "Europe/London" }.Select(z => DateTimeZoneProviders.Tzdb[z])];

    private static Gen<T?> Maybe<T>(Gen<T> gen)
        where T : struct => Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(v => (T?)v)));

    private static Gen<T[]> Upto<T>(int max, Gen<T> gen, int min = 0) => Gen.Choose(min, max).SelectMany(n => gen.ArrayOf(n));

    private static Gen<T[]> SubsetOf<T>(T[] items) => Gen.Choose(0, (1 << items.Length) - 1).Select(mask => items.Where((_, i) => (mask & (1 << i)) != 0).ToArray());

    private static Gen<T> Enum<T>()
        where T : struct, Enum => Gen.Elements(System.Enum.GetValues<T>());

    private static Gen<Money> YuanGen { get; } = Gen.Choose(0, 500_000).Select(c => Money.Of(c / 100m, Currency.CNY));

    public static Gen<ValueCard> ValueCardGen(MemberId member) =>
        from r in YuanGen
        from p in YuanGen
        from m in YuanGen
        from tier in Enum<ValueTier>()
        from rfm in Gen.Choose(1, 5).Three()
        select ValueCard.Create(member, r, p, m, tier, RfmScore.Of(rfm.Item1, rfm.Item2, rfm.Item3), TierAction.Of("act", "an action"));

    public static Gen<MemberView> MemberViewGen(int index) =>
        from zone in Gen.Elements(RuleZones)
        from stage in Enum<LifecycleStage>()
        from counts in Gen.Choose(0, 12).Two()
        from status in Maybe(Enum<MemberStatus>())
        from card in Gen.Frequency((1, Gen.Constant<ValueCard?>(null)), (3, ValueCardGen(RuleMember(index)).Select(c => (ValueCard?)c)))
        from pAlive in Maybe(Gen.Choose(0, 100).Select(p => Probability.From(p / 100.0)))
        from purchase in Maybe(Gen.Choose(0, 400 * 24).Select(h => RuleEpoch - Duration.FromHours(h)))
        from interaction in Maybe(Gen.Choose(0, 100 * 24).Select(h => RuleEpoch - Duration.FromHours(h)))
        from tags in SubsetOf(RuleTags)
        from groups in SubsetOf(RuleGroups)
        from roles in SubsetOf(RuleRoles)
        from health in Maybe(Enum<GroupHealth>())
        from consents in Upto(4, Gen.Elements(RuleChannels).SelectMany(_ => Enum<ConsentPurpose>(), (c, p) => (c, p))
            .SelectMany(_ => Gen.Elements(true, false), (cp, g) => new ConsentRecord(cp.p, ChannelId.From(cp.c), g, RuleEpoch - Duration.FromDays(3))))
        select MemberView.Create(
            RuleMember(index), RuleEpoch, zone, stage, counts.Item1, counts.Item2, status, card, pAlive, purchase, interaction,
            tags, groups.Select(ChannelId.From), roles, health, consents);

    public static MemberId RuleMember(int index) => MemberId.From("m-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static Gen<MemberView[]> MemberViewsGen { get; } =
        Gen.Choose(1, 20).SelectMany(n => Gen.CollectToSequence(Enumerable.Range(0, n), MemberViewGen)).Select(v => v.ToArray());

    private static Gen<FieldValue> LiteralGen(MemberViewField field) => MemberViewFields.KindOf(field) switch
    {
        FieldKind.Number => field == MemberViewField.PAlive ? Gen.Choose(0, 10).Select(i => FieldValue.Of(i / 10.0)) : Gen.Choose(0, 6).Select(i => FieldValue.Of(i)),
        FieldKind.Days => Gen.Choose(0, 200).Select(FieldValue.OfDays),
        FieldKind.Money => Gen.Frequency((9, Gen.Choose(0, 5000).Select(i => FieldValue.Of(Money.Yuan(i)))), (1, Gen.Constant(FieldValue.Of(Money.Of(10m, Currency.USD))))),
        FieldKind.Stage => Enum<LifecycleStage>().Select(FieldValue.Of),
        FieldKind.Status => Enum<MemberStatus>().Select(FieldValue.Of),
        FieldKind.Tier => Enum<ValueTier>().Select(FieldValue.Of),
        FieldKind.Segment => Enum<RfmSegment>().Select(FieldValue.Of),
        _ => Enum<GroupHealth>().Select(FieldValue.Of),
    };

    private static Gen<Condition> LeafGen { get; } = Gen.OneOf(
        from field in Enum<MemberViewField>()
        from op in MemberViewFields.KindOf(field) >= FieldKind.Stage ? Gen.Elements(ComparisonOperator.Eq, ComparisonOperator.Ne) : Enum<ComparisonOperator>()
        from value in LiteralGen(field)
        select Condition.Compare(field, op, value),
        from field in Gen.Elements(MemberViewField.PAlive, MemberViewField.Recency, MemberViewField.DaysSinceLastPurchase, MemberViewField.RealizedValue, MemberViewField.PurchaseCount)
        from a in LiteralGen(field)
        from b in LiteralGen(field)
        where a.Kind != FieldKind.Money || a.Money.Currency == b.Money.Currency
        select a.Kind == FieldKind.Money
            ? (a.Money <= b.Money ? Condition.Between(field, a, b) : Condition.Between(field, b, a))
            : (a.Number <= b.Number ? Condition.Between(field, a, b) : Condition.Between(field, b, a)),
        from field in Gen.Elements(MemberViewField.Stage, MemberViewField.Status, MemberViewField.Tier, MemberViewField.Segment, MemberViewField.GroupHealth)
        from values in Upto(4, LiteralGen(field), 1)
        select Condition.InSet(field, values),
        from field in Gen.Elements(MemberViewField.DaysSinceLastPurchase, MemberViewField.DaysSinceLastInteraction)
        from lo in Maybe(Gen.Choose(0, 100))
        from span in Maybe(Gen.Choose(0, 100))
        select Condition.DaysSince(field, lo ?? (span is null ? 30 : null), span is { } s ? (lo ?? 0) + s : null),
        Gen.Elements(RuleTags).Select(Condition.TagContains),
        Gen.Elements(RuleGroups).Select(g => Condition.InGroup(ChannelId.From(g))),
        Gen.Elements(RuleRoles).Select(Condition.HasRole),
        Upto(3, Enum<LifecycleStage>(), 1).Select(Condition.StageIs),
        Upto(2, Enum<ValueTier>(), 1).Select(Condition.TierIs),
        Gen.Elements(RuleChannels).SelectMany(_ => Enum<ConsentPurpose>(), (c, p) => Condition.HasConsent(ChannelId.From(c), p)),
        Enum<MemberViewField>().Select(Condition.Present));

    public static Gen<Condition> ConditionGen(int depth) => depth <= 1
        ? LeafGen
        : Gen.Frequency(
            (4, LeafGen),
            (2, Upto(4, ConditionGen(depth - 1)).Select(Condition.All)),
            (2, Upto(4, ConditionGen(depth - 1)).Select(Condition.Any)),
            (1, ConditionGen(depth - 1).Select(Condition.Not)));

    private static Gen<RuleAction> RuleActionGen { get; } = Gen.OneOf(
        Gen.Elements(DeliveryMode.DirectMessage, DeliveryMode.MomentsPost).SelectMany(_ => Enum<MessageClass>(), (m, c) =>
            RuleAction.Reach(ChannelId.From("wecom"), ChannelKind.WeComContact, c, m, "tpl-1")),
        Gen.Elements(RuleGroups).Select(g => RuleAction.InviteToGroup(ChannelId.From(g))),
        Gen.Choose(1, 100).Select(i => RuleAction.OfferCoupon(Money.Yuan(i))),
        Gen.Constant(RuleAction.AssignOwner("clerk-li")),
        Gen.Elements(RuleTags).Select(RuleAction.AddTag),
        Gen.Elements(RuleTags).Select(RuleAction.RemoveTag),
        Gen.Constant(RuleAction.FlagRisk("group-at-risk")),
        Gen.Constant(RuleAction.StartSop(SopId.From("new-customer"))),
        Gen.Constant(RuleAction.StopSop(SopId.From("new-customer"))));

    public static Gen<EngagementRule> RuleGen(int index) =>
        from priority in Gen.Choose(0, 4)
        from when in ConditionGen(4)
        from actions in Upto(3, RuleActionGen)
        from stop in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from window in Gen.Choose(0, 4)
        select EngagementRule.Create(
            "r" + index.ToString("00", System.Globalization.CultureInfo.InvariantCulture), "rule " + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
            priority, when, actions, stop,
            window == 1 ? RuleEpoch + Duration.FromDays(1) : window == 2 ? RuleEpoch - Duration.FromDays(10) : null,
            window == 3 ? RuleEpoch : window == 2 ? RuleEpoch + Duration.FromDays(1) : null);

    public static Gen<EngagementRule[]> RulesGen { get; } =
        Gen.Choose(0, 12).SelectMany(n => Gen.CollectToSequence(Enumerable.Range(0, n), RuleGen)).Select(r => r.ToArray());

    public static Arbitrary<(EngagementRule[] Rules, MemberView[] Views)> RuleCases { get; } =
        RulesGen.SelectMany(_ => MemberViewsGen, (r, v) => (r, v)).ToArbitrary();
}
