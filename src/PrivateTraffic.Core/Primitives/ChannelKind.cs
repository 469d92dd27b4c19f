using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Primitives;

/// <summary>
/// The kind of a traffic channel (渠道类型): a public platform a brand rents audiences from (公域) or a private
/// channel it owns (私域). The one vocabulary of channels that both the traffic catalogue and the pools read;
/// <see cref="ChannelKinds"/> holds each kind's traits and names, from which public or private is derived.
/// </summary>
/// <remarks>
/// On the wire a kind is its camelCase name (<c>personalWeChat</c>, <c>weComGroup</c>, <c>taobao</c>). The private
/// kinds keep the numbers 0 to 8 they had as the pools' channel kinds, so <c>default(ChannelKind)</c> is
/// <see cref="PersonalWeChat"/>; the public platforms are numbered from 100.
/// WeCom (企业微信) is two kinds, because a WeCom member's customer contacts and a WeCom customer group have
/// different ceilings and different reach.
/// </remarks>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<ChannelKind>))]
public enum ChannelKind
{
    /// <summary>A clerk's or brand's personal WeChat account (个人微信号); its audience is its friends. Private.</summary>
    PersonalWeChat = 0,

    /// <summary>A WeCom (企业微信) member's customer contacts (客户联系). Private.</summary>
    WeComContact = 1,

    /// <summary>A WeCom customer group (企业微信客户群). Private.</summary>
    WeComGroup = 2,

    /// <summary>An ordinary WeChat group (微信群). Private.</summary>
    WeChatGroup = 3,

    /// <summary>A WeChat official account (公众号); its audience is its followers. Private.</summary>
    OfficialAccount = 4,

    /// <summary>A WeChat mini program (小程序) with its registered users. Private.</summary>
    MiniProgram = 5,

    /// <summary>The brand's own app (自有App). Private.</summary>
    OwnApp = 6,

    /// <summary>Text messages to numbers people gave (短信): private, with a marginal cost per message.</summary>
    Sms = 7,

    /// <summary>The phone address book (通讯录) kept by staff: private, with a marginal cost per call or text.</summary>
    AddressBook = 8,

    /// <summary>Taobao/Tmall (淘宝/天猫), the marketplace. Public.</summary>
    Taobao = 100,

    /// <summary>JD (京东), the marketplace. Public.</summary>
    JD = 101,

    /// <summary>Douyin (抖音), the short-video feed. Public.</summary>
    Douyin = 102,

    /// <summary>Kuaishou (快手), the short-video feed. Public.</summary>
    Kuaishou = 103,

    /// <summary>Toutiao (今日头条), the news feed. Public.</summary>
    Toutiao = 104,

    /// <summary>Weibo (微博), the microblog. Public.</summary>
    Weibo = 105,

    /// <summary>Xiaohongshu (小红书), the lifestyle notes platform. Public.</summary>
    Xiaohongshu = 106,

    /// <summary>Search ads (搜索广告), paid per click. Public.</summary>
    SearchAds = 107,

    /// <summary>Meituan/Dianping (美团/大众点评), local services. Public.</summary>
    Meituan = 108,

    /// <summary>A counter in a department store or mall (商场专柜): the footfall decides who passes. Public.</summary>
    DepartmentStoreCounter = 109,
}
