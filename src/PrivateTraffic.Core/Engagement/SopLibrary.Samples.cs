using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

public sealed partial class SopLibrary
{
    /// <summary>The id of <see cref="CounterSampleSevenDayMoments"/>'s SOP.</summary>
    public static SopId CounterSampleId { get; } = SopId.From("counter-sample-7-day-moments");

    /// <summary>The posting time <see cref="CounterSampleSevenDayMoments"/> assumes when given none: 20:00 local, an
    /// evening hour when people scroll their moments. An assumption: article 003 gives no time of day.</summary>
    public static LocalTime CounterSampleAssumedPostingTime { get; } = new(20, 0);

    /// <summary>The tag <see cref="CounterSampleSevenDayMoments"/> adds when the seven days pass without a purchase.</summary>
    public const string CounterSampleNoPurchaseTag = "counter-sample-no-purchase";

    /// <summary>
    /// The counter case of article 003 as an SOP, with an <b>assumed cadence</b>: a department-store counter clerk (柜姐)
    /// gives a free sample (小样) to a customer who adds her personal WeChat; over the next 7 days the customer scrolls
    /// past the clerk's curated moments posts (朋友圈): other customers' results (上脸效果) and promotions (促销), and
    /// quietly buys.
    /// </summary>
    /// <remarks>
    /// The article names the content and the 7 days, not a schedule, so everything else is an assumption of this sample:
    /// one moments post a day on days 1 to 7 after the day of adding (the sample itself is handed over at the counter,
    /// not sent), at <paramref name="assumedPostingTime"/> (<see cref="CounterSampleAssumedPostingTime"/>, 20:00, when
    /// null); other customers' results on odd days and promotions on even days; marketing class. It ends early when the
    /// customer buys or opts out (any); after 7 days without either it tags the member
    /// <see cref="CounterSampleNoPurchaseTag"/> and, when <paramref name="handOverTo"/> is given, hands them over to
    /// that SOP (a library must hold it).
    /// </remarks>
    /// <param name="clerkAccount">The clerk's account on the pool (the channel the moments are posted on).</param>
    /// <param name="assumedPostingTime">The local time of each post; <see cref="CounterSampleAssumedPostingTime"/> when null.</param>
    /// <param name="handOverTo">The SOP to hand the member over to after 7 days without a purchase, or null.</param>
    /// <param name="accountKind">The account's kind; a personal WeChat (个人微信) by default, as in the article.</param>
    /// <returns>The SOP, with id <see cref="CounterSampleId"/> and type <see cref="SopType.NewCustomer"/>.</returns>
    /// <exception cref="System.ArgumentException">The account is unset, or its kind is public.</exception>
    public static SopDefinition CounterSampleSevenDayMoments(
        ChannelId clerkAccount,
        LocalTime? assumedPostingTime = null,
        SopId? handOverTo = null,
        ChannelKind accountKind = ChannelKind.PersonalWeChat)
    {
        var at = assumedPostingTime ?? CounterSampleAssumedPostingTime;
        var steps = Enumerable.Range(1, 7).Select(day => SopStep.Create(
            day,
            at,
            clerkAccount,
            accountKind,
            DeliveryMode.MomentsPost,
            MessageClass.Marketing,
            day % 2 == 1 ? ContentKind.CustomerResults : ContentKind.Promotion));
        var endActions = new List<SopEndAction> { SopEndAction.AddTag(CounterSampleNoPurchaseTag, SopEndTrigger.OnCompletion) };
        if (handOverTo is { } next)
        {
            endActions.Add(SopEndAction.HandOver(next, SopEndTrigger.OnCompletion));
        }

        return SopDefinition.Create(
            CounterSampleId,
            $"Counter sample + 7 days of moments 柜台小样 + 7天朋友圈 (assumed cadence: one post a day at {at:HH:mm}, results on odd days, promotions on even days)",
            SopType.NewCustomer,
            steps,
            SopExitRule.WhenAny(SopExitCondition.Purchased, SopExitCondition.OptedOut),
            endActions);
    }
}
