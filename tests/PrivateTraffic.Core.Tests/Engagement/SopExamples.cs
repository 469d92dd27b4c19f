using NodaTime;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Tests.Engagement;

/// <summary>The SOPs the tests and golden files share.</summary>
internal static class SopExamples
{
    public static readonly ChannelId Clerk = ChannelId.From("clerk-wang");
    public static readonly ChannelId NewGroup = ChannelId.From("new-customers-group");
    public static readonly MemberId Member = MemberId.From("wm_张三-001");
    public static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    public static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    public static readonly SopId Periodic = SopId.From("monthly-replenish");

    /// <summary>Article 003's counter case, handing over to the periodic SOP after 7 days without a purchase.</summary>
    public static SopDefinition Counter => SopLibrary.CounterSampleSevenDayMoments(Clerk, handOverTo: Periodic);

    /// <summary>A periodic marketing SOP: a how-to on day 0 and a replenishment reminder on day 30.</summary>
    public static SopDefinition Replenish => SopDefinition.Create(
        Periodic,
        "周期营销 · monthly replenishment",
        SopType.PeriodicMarketing,
        [
            SopStep.Create(0, new LocalTime(10, 0), Clerk, ChannelKind.WeComContact, DeliveryMode.DirectMessage, MessageClass.Service, ContentKind.HowTo),
            SopStep.Create(30, new LocalTime(10, 0), Clerk, ChannelKind.WeComContact, DeliveryMode.DirectMessage, MessageClass.Marketing, ContentKind.Promotion, HitMarks.LowBarrier | HitMarks.MustHave | HitMarks.Frequent, "replenish-30"),
        ],
        SopExitRule.WhenAll(SopExitCondition.Purchased, SopExitCondition.JoinedGroup(NewGroup)),
        [SopEndAction.InviteToGroup(NewGroup, SopEndTrigger.OnCompletion), SopEndAction.AddTag("replenished", SopEndTrigger.OnExit)]);

    public static SopLibrary Library => SopLibrary.Create([Counter, Replenish]);

    /// <summary>An SOP with one step at <paramref name="day"/> and <paramref name="at"/>, handing over to <paramref name="next"/>.</summary>
    public static SopDefinition OneStep(string id, int day = 1, LocalTime? at = null, params string[] next) => SopDefinition.Create(
        SopId.From(id),
        "one step " + id,
        SopType.Conversion,
        [SopStep.Create(day, at ?? new LocalTime(9, 0), Clerk, ChannelKind.PersonalWeChat, DeliveryMode.DirectMessage, MessageClass.Marketing, ContentKind.Promotion)],
        null,
        System.Array.ConvertAll(next, n => SopEndAction.HandOver(SopId.From(n))));
}
