using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Traffic;

/// <summary>
/// The built-in catalogue of traffic channels (流量渠道) named in the articles: the public platforms a brand rents
/// audiences from (公域流量) and the private channels it owns (私域流量). Each has a stable <see cref="ChannelId"/>.
/// </summary>
/// <remarks>The catalogue is built from the shared vocabulary: one channel per <see cref="ChannelKind"/>, in the
/// order of <see cref="ChannelKinds.All"/>, with that kind's names and traits (<see cref="ChannelKinds"/>).</remarks>
public static class TrafficChannels
{
    /// <summary>Taobao/Tmall (淘宝/天猫), the marketplace: public.</summary>
    public static TrafficChannel Taobao { get; } = TrafficChannel.Of(ChannelKind.Taobao, ChannelId.From("taobao"));

    /// <summary>JD (京东), the marketplace: public.</summary>
    public static TrafficChannel JD { get; } = TrafficChannel.Of(ChannelKind.JD, ChannelId.From("jd"));

    /// <summary>Douyin (抖音), the short-video feed: public.</summary>
    public static TrafficChannel Douyin { get; } = TrafficChannel.Of(ChannelKind.Douyin, ChannelId.From("douyin"));

    /// <summary>Kuaishou (快手), the short-video feed: public.</summary>
    public static TrafficChannel Kuaishou { get; } = TrafficChannel.Of(ChannelKind.Kuaishou, ChannelId.From("kuaishou"));

    /// <summary>Toutiao (今日头条), the news feed: public.</summary>
    public static TrafficChannel Toutiao { get; } = TrafficChannel.Of(ChannelKind.Toutiao, ChannelId.From("toutiao"));

    /// <summary>Weibo (微博), the microblog: public.</summary>
    public static TrafficChannel Weibo { get; } = TrafficChannel.Of(ChannelKind.Weibo, ChannelId.From("weibo"));

    /// <summary>Xiaohongshu (小红书), the lifestyle notes platform: public.</summary>
    public static TrafficChannel Xiaohongshu { get; } = TrafficChannel.Of(ChannelKind.Xiaohongshu, ChannelId.From("xiaohongshu"));

    /// <summary>Search ads (搜索广告), paid per click: public.</summary>
    public static TrafficChannel SearchAds { get; } = TrafficChannel.Of(ChannelKind.SearchAds, ChannelId.From("search-ads"));

    /// <summary>Meituan/Dianping (美团/大众点评), local services: public.</summary>
    public static TrafficChannel Meituan { get; } = TrafficChannel.Of(ChannelKind.Meituan, ChannelId.From("meituan"));

    /// <summary>A counter in a department store or mall (商场专柜): the footfall decides who passes; public.</summary>
    public static TrafficChannel DepartmentStoreCounter { get; } = TrafficChannel.Of(ChannelKind.DepartmentStoreCounter, ChannelId.From("department-store-counter"));

    /// <summary>A personal WeChat account (个人微信号), such as a clerk's: private and free to reach.</summary>
    public static TrafficChannel PersonalWeChat { get; } = TrafficChannel.Of(ChannelKind.PersonalWeChat, ChannelId.From("wechat-personal"));

    /// <summary>A WeCom (企业微信) member's customer contacts (客户联系): private and free to reach.</summary>
    public static TrafficChannel WeComContact { get; } = TrafficChannel.Of(ChannelKind.WeComContact, ChannelId.From("wecom-contact"));

    /// <summary>A WeCom customer group (企业微信客户群): private and free to reach.</summary>
    public static TrafficChannel WeComGroup { get; } = TrafficChannel.Of(ChannelKind.WeComGroup, ChannelId.From("wecom-group"));

    /// <summary>A WeChat group (微信群), the community's chat: private and free to reach.</summary>
    public static TrafficChannel WeChatGroup { get; } = TrafficChannel.Of(ChannelKind.WeChatGroup, ChannelId.From("wechat-group"));

    /// <summary>A WeChat official account (公众号): private and free to reach.</summary>
    public static TrafficChannel OfficialAccount { get; } = TrafficChannel.Of(ChannelKind.OfficialAccount, ChannelId.From("official-account"));

    /// <summary>A mini program (小程序): private and free to reach.</summary>
    public static TrafficChannel MiniProgram { get; } = TrafficChannel.Of(ChannelKind.MiniProgram, ChannelId.From("mini-program"));

    /// <summary>The brand's own app (自有App): private and free to reach.</summary>
    public static TrafficChannel OwnApp { get; } = TrafficChannel.Of(ChannelKind.OwnApp, ChannelId.From("own-app"));

    /// <summary>Text messages (短信): private, with a marginal cost per message.</summary>
    public static TrafficChannel Sms { get; } = TrafficChannel.Of(ChannelKind.Sms, ChannelId.From("sms"));

    /// <summary>The phone's address book (通讯录): private; each call or text has a marginal cost.</summary>
    public static TrafficChannel AddressBook { get; } = TrafficChannel.Of(ChannelKind.AddressBook, ChannelId.From("address-book"));

    /// <summary>Every built-in channel, one per <see cref="ChannelKind"/>: the public ones first, then the private ones.</summary>
    public static IReadOnlyList<TrafficChannel> All { get; } = Array.AsReadOnly(new[]
    {
        Taobao, JD, Douyin, Kuaishou, Toutiao, Weibo, Xiaohongshu, SearchAds, Meituan, DepartmentStoreCounter,
        PersonalWeChat, WeComContact, WeComGroup, WeChatGroup, OfficialAccount, MiniProgram, OwnApp, Sms, AddressBook,
    });

    /// <summary>The built-in channel of a kind, such as <see cref="WeComGroup"/> for <see cref="ChannelKind.WeComGroup"/>.</summary>
    /// <param name="kind">A defined kind.</param>
    /// <returns>The channel.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An undefined kind.</exception>
    public static TrafficChannel For(ChannelKind kind)
    {
        foreach (var candidate in All)
        {
            if (candidate.ChannelKind == kind)
            {
                return candidate;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined ChannelKind.");
    }

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
