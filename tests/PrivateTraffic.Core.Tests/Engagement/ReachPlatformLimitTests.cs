using System;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Primitives;
using Xunit;

namespace PrivateTraffic.Core.Tests.Engagement;

/// <summary>WeCom's mass-send limits (创建企业群发), their source, overrides and the per-call checks; the delivery model's cadence.</summary>
public sealed class ReachPlatformLimitTests
{
    [Fact]
    public void WeComs_limit_is_named_dated_and_sourced()
    {
        var limit = PlatformLimits.WeComMassSend();
        Assert.Equal("https://developer.work.weixin.qq.com/document/path/92135", limit.SourceUrl);
        Assert.Contains("创建企业群发", limit.SourceTitle, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2025, 11, 17), limit.EffectiveFrom);
        Assert.True(limit.MemberCaps.MonthFollowsDays);
        Assert.Equal(28, limit.MemberCaps.MonthlyCapOf(new LocalDate(2026, 2, 10)));
        Assert.Equal(31, limit.MemberCaps.MonthlyCapOf(new LocalDate(2026, 1, 10)));
        Assert.Equal((10_000, 4_000, 9), (limit.MaxRecipientsPerCall, limit.MaxTextBytes, limit.MaxAttachments));
        Assert.Equal(7, PlatformLimits.WeComMassSendSevenPerWeek().MemberCaps.PerWeek);
        Assert.Equal(1, PlatformLimits.WeComMassSendOnePerDay().MemberCaps.PerDay);
        Assert.True(limit.Governs(ChannelKind.WeComContact) && !limit.Governs(ChannelKind.PersonalWeChat));
        Assert.False(limit.Overridden);
        Assert.True(limit.WithMassSend(5_000, 4_000, 9).Overridden);
    }

    [Fact]
    public void A_mass_send_is_split_into_calls_and_its_text_is_measured_in_utf8_bytes()
    {
        var limit = PlatformLimits.WeComMassSend();
        var check = limit.CheckMassSend(25_001, new string('好', 1_333) + "a", 9);   // 3 bytes a character: 4,000 bytes
        Assert.Equal(3, check.Calls);
        Assert.Equal(new Range(20_000, 25_001), check.CallRange(2));
        Assert.Equal(4_000, check.TextBytes);
        Assert.True(check.IsSendable);
        Assert.True(limit.CheckMassSend(1, new string('好', 1_334), 0).TextTooLong);
        Assert.True(limit.CheckMassSend(1, "hi", 10).TooManyAttachments);
        Assert.Equal(0, limit.CheckMassSend(0, null, 0).Calls);
        Assert.Throws<ArgumentOutOfRangeException>(() => check.CallRange(3));
        Assert.Equal(1, limit.CheckMassSend(10_000, "x", 0).Calls);
    }

    [Fact]
    public void Daily_posts_do_not_convert_seven_times_as_much_as_weekly_ones()
    {
        var model = new DeliveryModel(Probability.From(0.05), FatigueModel.Assumed);
        var start = Instant.FromUtc(2026, 5, 4, 2, 0);
        var daily = Enumerable.Range(0, 28).Select(d => start + Duration.FromDays(d)).ToArray();
        var weekly = Enumerable.Range(0, 4).Select(w => start + Duration.FromDays(7 * w)).ToArray();
        var d = model.Expect(DeliveryMode.DirectMessage, daily).ExpectedConversions;
        var w = model.Expect(DeliveryMode.DirectMessage, weekly).ExpectedConversions;
        Assert.InRange(d / w, 1.5, 3.5);
        Assert.Equal(0.3 * 4, model.Expect(DeliveryMode.MomentsPost, weekly).ExpectedSeen, 12);
        Assert.Equal(0.05, model.Expect(DeliveryMode.DirectMessage, [start]).ExpectedConversions, 12);
    }
}
