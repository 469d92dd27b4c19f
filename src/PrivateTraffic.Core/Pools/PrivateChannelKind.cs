using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Pools;

/// <summary>
/// The kind of private channel (私域渠道) a pool lives on: a place the brand owns and where it may reach its members
/// again for free. Public channels (公域: marketplaces, feeds, search, malls) have no member here on purpose: a pool
/// can only be created on one of these kinds, so "a pool on a public channel" cannot be written down.
/// </summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<PrivateChannelKind>))]
public enum PrivateChannelKind
{
    /// <summary>A clerk's or brand's personal WeChat account (个人微信号); members are its friends.</summary>
    PersonalWeChat = 0,

    /// <summary>A WeCom (企业微信) member's customer contacts (客户联系).</summary>
    WeComContact = 1,

    /// <summary>A WeCom customer group (企业微信客户群).</summary>
    WeComGroup = 2,

    /// <summary>An ordinary WeChat group (微信群).</summary>
    WeChatGroup = 3,

    /// <summary>A WeChat official account (公众号); members are its followers.</summary>
    OfficialAccount = 4,

    /// <summary>A WeChat mini program (小程序) with its registered users.</summary>
    MiniProgram = 5,

    /// <summary>The brand's own app (自有 App).</summary>
    OwnApp = 6,

    /// <summary>Text messages to phone numbers the members gave (短信).</summary>
    Sms = 7,

    /// <summary>The brand's address book (通讯录): phone contacts kept by staff.</summary>
    AddressBook = 8,
}
