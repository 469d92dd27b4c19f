using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// The platform limits the library knows (平台限制), each with its source and the date it was read. Use them as given or
/// override a value with <see cref="PlatformLimit.WithMemberCaps"/> / <see cref="PlatformLimit.WithMassSend"/>.
/// </summary>
public static class PlatformLimits
{
    /// <summary>The WeCom developer document the mass-send limits are read from: 创建企业群发 (create a company mass send).</summary>
    public const string WeComSourceTitle = "企业微信开发者中心: 客户联系 / 消息推送 / 创建企业群发";

    /// <summary>Its URL.</summary>
    public const string WeComSourceUrl = "https://developer.work.weixin.qq.com/document/path/92135";

    /// <summary>The document's own "last updated" date (最后更新: 2025/11/17).</summary>
    public static LocalDate WeComEffectiveFrom => new(2025, 11, 17);

    /// <summary>When the document was read for this library.</summary>
    public static LocalDate WeComReadOn => new(2026, 11, 30);

    /// <summary>
    /// WeCom company mass sends (企业群发) to customer contacts and customer groups: each customer (or customer group) receives
    /// at most as many mass messages a month as the month has days; one call reaches at most 10,000 customers; the text is at
    /// most 4,000 bytes; at most 9 attachments.
    /// </summary>
    /// <returns>The limit with the platform's default receive rule.</returns>
    public static PlatformLimit WeComMassSend() => WeCom(TouchCaps.DaysOfMonth());

    /// <summary>The WeCom limit with the administrator's alternative receive rule of 7 a week (群发助手 → 设置群发规则).</summary>
    /// <returns>The limit.</returns>
    public static PlatformLimit WeComMassSendSevenPerWeek() => WeCom(TouchCaps.Of(perWeek: 7));

    /// <summary>The WeCom limit with the administrator's alternative receive rule of 1 a day.</summary>
    /// <returns>The limit.</returns>
    public static PlatformLimit WeComMassSendOnePerDay() => WeCom(TouchCaps.Of(perDay: 1));

    private static PlatformLimit WeCom(TouchCaps caps) => new(
        "WeCom company mass send",
        [ChannelKind.WeComContact, ChannelKind.WeComGroup],
        WeComEffectiveFrom,
        WeComSourceTitle,
        WeComSourceUrl,
        WeComReadOn,
        caps,
        maxRecipientsPerCall: 10_000,
        maxTextBytes: 4_000,
        maxAttachments: 9);
}
