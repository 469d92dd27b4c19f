using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Community;

/// <summary>The class of a group message's content, as the chat platform reports it.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<ContentClass>))]
public enum ContentClass
{
    /// <summary>Plain text.</summary>
    Text = 0,

    /// <summary>A picture.</summary>
    Image = 1,

    /// <summary>A video.</summary>
    Video = 2,

    /// <summary>A voice message.</summary>
    Voice = 3,

    /// <summary>A shared link card.</summary>
    Link = 4,

    /// <summary>A mini program card (小程序).</summary>
    MiniProgram = 5,

    /// <summary>A personal contact card (名片).</summary>
    ContactCard = 6,

    /// <summary>A QR code (二维码), e.g. a picture the platform recognised as one.</summary>
    QrCode = 7,

    /// <summary>A red packet (红包).</summary>
    RedPacket = 8,

    /// <summary>A file.</summary>
    File = 9,
}
