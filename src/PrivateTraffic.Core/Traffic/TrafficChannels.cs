using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Traffic;

/// <summary>
/// The built-in catalogue of traffic channels (流量渠道) named in the articles: the public platforms a brand rents
/// audiences from (公域流量) and the private channels it owns (私域流量). Each has a stable <see cref="ChannelId"/>.
/// </summary>
public static class TrafficChannels
{
    /// <summary>Taobao/Tmall (淘宝/天猫), the marketplace: public.</summary>
    public static TrafficChannel Taobao { get; } = TrafficChannel.DefinePublic(ChannelId.From("taobao"), "Taobao/Tmall", "淘宝/天猫");

    /// <summary>JD (京东), the marketplace: public.</summary>
    public static TrafficChannel JD { get; } = TrafficChannel.DefinePublic(ChannelId.From("jd"), "JD", "京东");

    /// <summary>Douyin (抖音), the short-video feed: public.</summary>
    public static TrafficChannel Douyin { get; } = TrafficChannel.DefinePublic(ChannelId.From("douyin"), "Douyin", "抖音");

    /// <summary>Kuaishou (快手), the short-video feed: public.</summary>
    public static TrafficChannel Kuaishou { get; } = TrafficChannel.DefinePublic(ChannelId.From("kuaishou"), "Kuaishou", "快手");

    /// <summary>Toutiao (今日头条), the news feed: public.</summary>
    public static TrafficChannel Toutiao { get; } = TrafficChannel.DefinePublic(ChannelId.From("toutiao"), "Toutiao", "今日头条");

    /// <summary>Weibo (微博), the microblog: public.</summary>
    public static TrafficChannel Weibo { get; } = TrafficChannel.DefinePublic(ChannelId.From("weibo"), "Weibo", "微博");

    /// <summary>Xiaohongshu (小红书), the lifestyle notes platform: public.</summary>
    public static TrafficChannel Xiaohongshu { get; } = TrafficChannel.DefinePublic(ChannelId.From("xiaohongshu"), "Xiaohongshu", "小红书");

    /// <summary>Search ads (搜索广告), paid per click: public.</summary>
    public static TrafficChannel SearchAds { get; } = TrafficChannel.DefinePublic(ChannelId.From("search-ads"), "Search ads", "搜索广告");

    /// <summary>Meituan/Dianping (美团/大众点评), local services: public.</summary>
    public static TrafficChannel Meituan { get; } = TrafficChannel.DefinePublic(ChannelId.From("meituan"), "Meituan/Dianping", "美团/大众点评");

    /// <summary>A counter in a department store or mall (商场专柜): the footfall decides who passes; public.</summary>
    public static TrafficChannel DepartmentStoreCounter { get; } = TrafficChannel.DefinePublic(ChannelId.From("department-store-counter"), "Department store counter", "商场专柜");

    /// <summary>A personal WeChat account (个人微信号), such as a clerk's: private and free to reach.</summary>
    public static TrafficChannel PersonalWeChat { get; } = TrafficChannel.DefinePrivate(ChannelId.From("wechat-personal"), "Personal WeChat account", "个人微信号");

    /// <summary>WeCom (企业微信), WeChat for business: private and free to reach.</summary>
    public static TrafficChannel WeCom { get; } = TrafficChannel.DefinePrivate(ChannelId.From("wecom"), "WeCom", "企业微信");

    /// <summary>A WeChat group (微信群), the community's chat: private and free to reach.</summary>
    public static TrafficChannel WeChatGroup { get; } = TrafficChannel.DefinePrivate(ChannelId.From("wechat-group"), "WeChat group", "微信群");

    /// <summary>A WeChat official account (公众号): private and free to reach.</summary>
    public static TrafficChannel OfficialAccount { get; } = TrafficChannel.DefinePrivate(ChannelId.From("official-account"), "Official account", "公众号");

    /// <summary>A mini program (小程序): private and free to reach.</summary>
    public static TrafficChannel MiniProgram { get; } = TrafficChannel.DefinePrivate(ChannelId.From("mini-program"), "Mini program", "小程序");

    /// <summary>The brand's own app (自有App): private and free to reach.</summary>
    public static TrafficChannel OwnApp { get; } = TrafficChannel.DefinePrivate(ChannelId.From("own-app"), "Own app", "自有App");

    /// <summary>Text messages (短信): private, with a marginal cost per message.</summary>
    public static TrafficChannel Sms { get; } = TrafficChannel.DefinePrivate(ChannelId.From("sms"), "SMS", "短信", ChannelPricing.MarginalCostPerMessage);

    /// <summary>The phone's address book (通讯录): private; each call or text has a marginal cost.</summary>
    public static TrafficChannel AddressBook { get; } = TrafficChannel.DefinePrivate(ChannelId.From("address-book"), "Phone address book", "通讯录", ChannelPricing.MarginalCostPerMessage);

    /// <summary>Every built-in channel: the public ones first, then the private ones.</summary>
    public static IReadOnlyList<TrafficChannel> All { get; } = Array.AsReadOnly(new[]
    {
        Taobao, JD, Douyin, Kuaishou, Toutiao, Weibo, Xiaohongshu, SearchAds, Meituan, DepartmentStoreCounter,
        PersonalWeChat, WeCom, WeChatGroup, OfficialAccount, MiniProgram, OwnApp, Sms, AddressBook,
    });

    /// <summary>Finds a built-in channel by its id.</summary>
    /// <param name="id">The id, such as <c>taobao</c>.</param>
    /// <param name="channel">The channel, or null when none has that id.</param>
    /// <returns>Whether one was found.</returns>
    public static bool TryFind(ChannelId id, [NotNullWhen(true)] out TrafficChannel? channel)
    {
        foreach (var candidate in All)
        {
            if (candidate.Id == id)
            {
                channel = candidate;
                return true;
            }
        }

        channel = null;
        return false;
    }
}
