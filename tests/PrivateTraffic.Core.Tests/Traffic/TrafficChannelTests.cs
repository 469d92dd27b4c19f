using FsCheck;
using FsCheck.Fluent;
using System;
using System.Linq;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Traffic;

namespace PrivateTraffic.Core.Tests.Traffic;

public sealed class TrafficChannelTests
{
    [Fact]
    public void The_catalogue_holds_the_public_platforms_the_articles_name()
    {
        TrafficChannel[] expected =
        [
            TrafficChannels.Taobao, TrafficChannels.JD, TrafficChannels.Douyin, TrafficChannels.Kuaishou, TrafficChannels.Toutiao,
            TrafficChannels.Weibo, TrafficChannels.Xiaohongshu, TrafficChannels.SearchAds, TrafficChannels.Meituan, TrafficChannels.DepartmentStoreCounter,
        ];
        Assert.All(expected, c => Assert.Equal(TrafficKind.Public, c.Kind));
        Assert.Equal(expected, TrafficChannels.All.Where(c => !c.IsPrivate));
    }

    [Fact]
    public void The_catalogue_holds_the_private_channels_the_articles_name()
    {
        TrafficChannel[] expected =
        [
            TrafficChannels.PersonalWeChat, TrafficChannels.WeComContact, TrafficChannels.WeComGroup, TrafficChannels.WeChatGroup, TrafficChannels.OfficialAccount,
            TrafficChannels.MiniProgram, TrafficChannels.OwnApp, TrafficChannels.Sms, TrafficChannels.AddressBook,
        ];
        Assert.All(expected, c => Assert.True(c.IsPrivate));
        Assert.Equal(expected, TrafficChannels.All.Where(c => c.IsPrivate));
    }

    [Fact]
    public void Every_built_in_channel_has_a_unique_id_and_a_chinese_name()
    {
        Assert.Equal(TrafficChannels.All.Count, TrafficChannels.All.Select(c => c.Id).Distinct().Count());
        Assert.All(TrafficChannels.All, c => Assert.Contains(c.ChineseName, ch => ch >= '\u4e00' && ch <= '\u9fff'));
        Assert.Equal("个人微信号", TrafficChannels.PersonalWeChat.ChineseName);
        Assert.Equal("淘宝/天猫", TrafficChannels.Taobao.ChineseName);
    }

    [Fact]
    public void Sms_is_private_but_costs_something_per_message()
    {
        Assert.True(TrafficChannels.Sms.IsPrivate);
        Assert.Equal(ChannelPricing.MarginalCostPerMessage, TrafficChannels.Sms.Pricing);
        Assert.Equal(ChannelPricing.FreeToReach, TrafficChannels.PersonalWeChat.Pricing);
    }

    [DeepProperty]
    public Property A_channel_is_private_exactly_when_owned_reached_at_will_not_paid_per_use_and_reused() =>
        Prop.ForAll(Generators.Channels, c =>
            c.IsPrivate == (c.Owner == ChannelOwner.Brand
                && c.ReachControl == ReachControl.Owner
                && c.Pricing != ChannelPricing.PaidPerUse
                && c.Reuse == ChannelReuse.Repeated));

    [Fact]
    public void A_caller_can_define_a_channel_of_their_own()
    {
        var live = TrafficChannel.DefinePrivate(ChannelId.From("store-livestream-group"), "Store livestream group", "门店直播群");
        Assert.True(live.IsPrivate);
        var rented = TrafficChannel.Define(ChannelId.From("rented-kol"), "A KOL's followers", "达人粉丝", ChannelOwner.Platform, ReachControl.Owner, ChannelPricing.PaidPerUse, ChannelReuse.Repeated);
        Assert.False(rented.IsPrivate);
    }

    [Fact]
    public void Built_in_channels_are_found_by_id()
    {
        Assert.True(TrafficChannels.TryFind(ChannelId.From("wecom-group"), out var wecom));
        Assert.Same(TrafficChannels.WeComGroup, wecom);
        Assert.False(TrafficChannels.TryFind(ChannelId.From("nowhere"), out _));
    }

    [Fact]
    public void A_blank_name_or_unknown_trait_is_refused_naming_the_parameter()
    {
        var id = ChannelId.From("x");
        Assert.Equal("name", Assert.ThrowsAny<ArgumentException>(() => TrafficChannel.DefinePublic(id, " ", "某")).ParamName);
        Assert.Equal("chineseName", Assert.ThrowsAny<ArgumentException>(() => TrafficChannel.DefinePublic(id, "x", "")).ParamName);
        Assert.Equal("owner", Assert.Throws<ArgumentException>(() => TrafficChannel.Define(id, "x", "某", (ChannelOwner)7, ReachControl.Owner, ChannelPricing.FreeToReach, ChannelReuse.Repeated)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => TrafficChannel.DefinePublic(default, "x", "某")).ParamName);
    }
}
