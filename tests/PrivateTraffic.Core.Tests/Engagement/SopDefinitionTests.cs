using System;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Primitives;
using static PrivateTraffic.Core.Tests.Engagement.SopExamples;

namespace PrivateTraffic.Core.Tests.Engagement;

public sealed class SopDefinitionTests
{
    private static SopStep Step(int day = 1, int hour = 9) =>
        SopStep.Create(day, new LocalTime(hour, 0), Clerk, ChannelKind.PersonalWeChat, DeliveryMode.MomentsPost, MessageClass.Marketing, ContentKind.CustomerResults);

    [Fact]
    public void The_counter_plan_lacks_must_have_and_frequent_under_the_assumed_table()
    {
        var report = Counter.CheckHitMarks();

        Assert.Equal(HitMarks.Recognisable | HitMarks.PainPoint | HitMarks.LowBarrier, report.PlanMarks);
        Assert.Equal(HitMarks.MustHave | HitMarks.Frequent, report.PlanMissing);
        Assert.False(report.IsComplete);
        Assert.Equal(7, report.Steps.Count);
        Assert.Equal(HitMarks.LowBarrier | HitMarks.MustHave | HitMarks.Frequent, report.Steps[0].Missing);
        Assert.Equal(HitMarks.Recognisable | HitMarks.PainPoint | HitMarks.MustHave | HitMarks.Frequent, report.Steps[1].Missing);
    }

    [Fact]
    public void A_caller_requires_only_some_marks_and_may_use_their_own_table()
    {
        Assert.True(Counter.CheckHitMarks(HitMarks.Recognisable | HitMarks.LowBarrier).IsComplete);

        var table = ContentMarks.Create(new System.Collections.Generic.Dictionary<ContentKind, HitMarks> { [ContentKind.Promotion] = HitMarkSets.All });
        var report = Counter.CheckHitMarks(HitMarkSets.All, table);
        Assert.True(report.IsComplete);
        Assert.Equal(HitMarkSets.All, report.Steps[0].Missing);
        Assert.Equal(HitMarks.None, table.Of(ContentKind.CustomerResults));
    }

    [Fact]
    public void A_steps_own_marks_override_its_kinds()
    {
        var report = Replenish.CheckHitMarks();

        Assert.Equal(HitMarks.PainPoint | HitMarks.Frequent, report.Steps[0].Marks);
        Assert.Equal(HitMarks.LowBarrier | HitMarks.MustHave | HitMarks.Frequent, report.Steps[1].Marks);
        Assert.Equal(HitMarks.Recognisable, report.PlanMissing);
    }

    [Fact]
    public void Every_type_the_scrms_name_is_a_type()
    {
        Assert.Equal(["NewCustomer", "HolidayCampaign", "Conversion", "NewGroupNurturing", "PeriodicMarketing"], Enum.GetNames<SopType>());
    }

    [Fact]
    public void Steps_must_be_in_calendar_order_and_bounded()
    {
        var id = SopId.From("x");
        Assert.Equal("steps", Assert.Throws<ArgumentException>(() => SopDefinition.Create(id, "x", SopType.Conversion, [Step(2), Step(1)])).ParamName);
        Assert.Equal("steps", Assert.Throws<ArgumentException>(() => SopDefinition.Create(id, "x", SopType.Conversion, [Step(1, 10), Step(1, 9)])).ParamName);
        Assert.Equal("steps", Assert.Throws<ArgumentException>(() => SopDefinition.Create(id, "x", SopType.Conversion, [])).ParamName);
        Assert.Equal("steps", Assert.Throws<ArgumentException>(() => SopDefinition.Create(id, "x", SopType.Conversion, Enumerable.Repeat(Step(), SopDefinition.MaxSteps + 1))).ParamName);
        Assert.Equal("steps", Assert.Throws<ArgumentException>(() => SopDefinition.Create(id, "x", SopType.Conversion, [Step(), null!])).ParamName);
        Assert.Equal(SopDefinition.MaxSteps, SopDefinition.Create(id, "x", SopType.Conversion, Enumerable.Repeat(Step(), SopDefinition.MaxSteps)).Steps.Count);
        Assert.Equal("endActions", Assert.Throws<ArgumentException>(() => SopDefinition.Create(id, "x", SopType.Conversion, [Step()], null, Enumerable.Repeat(SopEndAction.AddTag("t"), SopDefinition.MaxEndActions + 1))).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => SopDefinition.Create(default, "x", SopType.Conversion, [Step()])).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => SopDefinition.Create(id, " x", SopType.Conversion, [Step()])).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => SopDefinition.Create(id, new string('n', 257), SopType.Conversion, [Step()])).ParamName);
        Assert.Equal("type", Assert.Throws<ArgumentOutOfRangeException>(() => SopDefinition.Create(id, "x", (SopType)9, [Step()])).ParamName);
    }

    [Fact]
    public void A_step_refuses_bad_parts_by_name()
    {
        Assert.Equal("day", Assert.Throws<ArgumentOutOfRangeException>(() => Step(-1)).ParamName);
        Assert.Equal("day", Assert.Throws<ArgumentOutOfRangeException>(() => Step(SopDefinition.MaxDayOffset + 1)).ParamName);
        Assert.Equal(SopDefinition.MaxDayOffset, Step(SopDefinition.MaxDayOffset).Day);
        var at = new LocalTime(9, 0);
        Assert.Equal("channel", Assert.Throws<ArgumentException>(() => SopStep.Create(1, at, default, ChannelKind.PersonalWeChat, DeliveryMode.MomentsPost, MessageClass.Marketing, ContentKind.Promotion)).ParamName);
        Assert.Equal("channelKind", Assert.Throws<ArgumentException>(() => SopStep.Create(1, at, Clerk, ChannelKind.Douyin, DeliveryMode.MomentsPost, MessageClass.Marketing, ContentKind.Promotion)).ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentOutOfRangeException>(() => SopStep.Create(1, at, Clerk, ChannelKind.PersonalWeChat, (DeliveryMode)7, MessageClass.Marketing, ContentKind.Promotion)).ParamName);
        Assert.Equal("content", Assert.Throws<ArgumentOutOfRangeException>(() => SopStep.Create(1, at, Clerk, ChannelKind.PersonalWeChat, DeliveryMode.MomentsPost, MessageClass.Marketing, (ContentKind)6)).ParamName);
        Assert.Equal("marks", Assert.Throws<ArgumentOutOfRangeException>(() => SopStep.Create(1, at, Clerk, ChannelKind.PersonalWeChat, DeliveryMode.MomentsPost, MessageClass.Marketing, ContentKind.Promotion, (HitMarks)32)).ParamName);
        Assert.Equal("templateId", Assert.Throws<ArgumentException>(() => SopStep.Create(1, at, Clerk, ChannelKind.PersonalWeChat, DeliveryMode.MomentsPost, MessageClass.Marketing, ContentKind.Promotion, null, " t")).ParamName);
    }

    [Fact]
    public void Exit_rules_and_end_actions_refuse_bad_parts_by_name()
    {
        Assert.Equal("conditions", Assert.Throws<ArgumentException>(() => SopExitRule.WhenAny(SopExitCondition.Purchased, SopExitCondition.Purchased)).ParamName);
        Assert.Equal("conditions", Assert.Throws<ArgumentException>(() => SopExitRule.WhenAny(Enumerable.Range(0, 17).Select(i => SopExitCondition.TagAdded("t" + i)).ToArray())).ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentOutOfRangeException>(() => SopExitRule.Create((SopExitMode)2, [])).ParamName);
        Assert.Equal("tag", Assert.Throws<ArgumentException>(() => SopExitCondition.TagAdded("a\u0001b")).ParamName);
        Assert.Equal("tag", Assert.Throws<ArgumentException>(() => SopExitCondition.TagAdded(new string('t', 65))).ParamName);
        Assert.Equal("group", Assert.Throws<ArgumentException>(() => SopExitCondition.JoinedGroup(default(ChannelId))).ParamName);
        Assert.Equal("sop", Assert.Throws<ArgumentException>(() => SopEndAction.HandOver(default)).ParamName);
        Assert.Equal("group", Assert.Throws<ArgumentException>(() => SopEndAction.InviteToGroup(default)).ParamName);
        Assert.Equal("on", Assert.Throws<ArgumentOutOfRangeException>(() => SopEndAction.AddTag("t", (SopEndTrigger)5)).ParamName);
        Assert.Equal("facts", Assert.Throws<ArgumentException>(() => SopMemberFacts.Create([null!])).ParamName);
        Assert.Null(SopExitRule.Never.ExitAt(SopMemberFacts.Create([SopFact.Purchased(Instant.FromUtc(2026, 1, 2, 0, 0))]), Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2026, 2, 1, 0, 0)));
    }
}
