using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace PrivateTraffic.Core.Primitives;

/// <summary>
/// The one table of channel kinds (渠道类型): each <see cref="ChannelKind"/> with its English and Chinese name and its
/// four <see cref="ChannelTraits"/>. Public or private (公域 / 私域) is derived from the traits, never set by hand;
/// the traffic catalogue (<c>Traffic.TrafficChannels</c>) and the pools (<c>Pools.PrivatePool</c>) both read it here.
/// </summary>
public static class ChannelKinds
{
    private static readonly ChannelTraits Public = ChannelTraits.TypicalPublic;
    private static readonly ChannelTraits FreePrivate = ChannelTraits.TypicalPrivate();
    private static readonly ChannelTraits PerMessagePrivate = ChannelTraits.TypicalPrivate(ChannelPricing.MarginalCostPerMessage);

    // The table, in catalogue order: the public platforms first, then the private channels.
    private static readonly (ChannelKind Kind, string Name, string ChineseName, ChannelTraits Traits)[] Table =
    [
        (ChannelKind.Taobao, "Taobao/Tmall", "淘宝/天猫", Public),
        (ChannelKind.JD, "JD", "京东", Public),
        (ChannelKind.Douyin, "Douyin", "抖音", Public),
        (ChannelKind.Kuaishou, "Kuaishou", "快手", Public),
        (ChannelKind.Toutiao, "Toutiao", "今日头条", Public),
        (ChannelKind.Weibo, "Weibo", "微博", Public),
        (ChannelKind.Xiaohongshu, "Xiaohongshu", "小红书", Public),
        (ChannelKind.SearchAds, "Search ads", "搜索广告", Public),
        (ChannelKind.Meituan, "Meituan/Dianping", "美团/大众点评", Public),
        (ChannelKind.DepartmentStoreCounter, "Department store counter", "商场专柜", Public),
        (ChannelKind.PersonalWeChat, "Personal WeChat account", "个人微信号", FreePrivate),
        (ChannelKind.WeComContact, "WeCom customer contacts", "企业微信客户联系", FreePrivate),
        (ChannelKind.WeComGroup, "WeCom customer group", "企业微信客户群", FreePrivate),
        (ChannelKind.WeChatGroup, "WeChat group", "微信群", FreePrivate),
        (ChannelKind.OfficialAccount, "Official account", "公众号", FreePrivate),
        (ChannelKind.MiniProgram, "Mini program", "小程序", FreePrivate),
        (ChannelKind.OwnApp, "Own app", "自有App", FreePrivate),
        (ChannelKind.Sms, "SMS", "短信", PerMessagePrivate),
        (ChannelKind.AddressBook, "Phone address book", "通讯录", PerMessagePrivate),
    ];

    /// <summary>Every kind, in catalogue order: the public platforms first, then the private channels.</summary>
    public static IReadOnlyList<ChannelKind> All { get; } = Array.AsReadOnly(Array.ConvertAll(Table, row => row.Kind));

    /// <summary>The kind's four traits.</summary>
    /// <param name="kind">A defined kind.</param>
    /// <returns>The traits.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An undefined kind.</exception>
    public static ChannelTraits Traits(this ChannelKind kind) => Row(kind).Traits;

    /// <summary>Public or private traffic, derived from the kind's traits.</summary>
    /// <param name="kind">A defined kind.</param>
    /// <returns>The traffic kind.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An undefined kind.</exception>
    public static TrafficKind TrafficKind(this ChannelKind kind) => Row(kind).Traits.Kind;

    /// <summary>Whether the kind is private traffic (私域流量), as derived from its traits; false for an undefined value.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Whether it is private.</returns>
    public static bool IsPrivate(this ChannelKind kind) => IndexOf(kind) is var i && i >= 0 && Table[i].Traits.IsPrivate;

    /// <summary>The English name, such as "WeCom customer group".</summary>
    /// <param name="kind">A defined kind.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An undefined kind.</exception>
    public static string Name(this ChannelKind kind) => Row(kind).Name;

    /// <summary>The Chinese name, such as "企业微信客户群".</summary>
    /// <param name="kind">A defined kind.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An undefined kind.</exception>
    public static string ChineseName(this ChannelKind kind) => Row(kind).ChineseName;

    /// <summary>
    /// Checks that a kind is private: the guard of everything that lives only on a private channel, such as a pool
    /// (私域流量池).
    /// </summary>
    /// <param name="kind">The kind.</param>
    /// <param name="paramName">The parameter's name; the caller's argument expression unless given.</param>
    /// <returns>The kind.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An undefined kind.</exception>
    /// <exception cref="ArgumentException">A public kind: a pool lives only on a private channel.</exception>
    public static ChannelKind RequirePrivate(ChannelKind kind, [CallerArgumentExpression(nameof(kind))] string? paramName = null)
    {
        if (!Row(kind, paramName).Traits.IsPrivate)
        {
            throw new ArgumentException(
                $"A pool lives only on a private channel (私域); {kind} ({kind.ChineseName()}) is public traffic (公域). People come from public channels into a pool, not the other way round.",
                paramName);
        }

        return kind;
    }

    private static (ChannelKind Kind, string Name, string ChineseName, ChannelTraits Traits) Row(ChannelKind kind, string? paramName = "kind")
    {
        var i = IndexOf(kind);
        return i >= 0 ? Table[i] : throw new ArgumentOutOfRangeException(paramName, kind, "Not a defined ChannelKind.");
    }

    private static int IndexOf(ChannelKind kind)
    {
        for (var i = 0; i < Table.Length; i++)
        {
            if (Table[i].Kind == kind)
            {
                return i;
            }
        }

        return -1;
    }
}
