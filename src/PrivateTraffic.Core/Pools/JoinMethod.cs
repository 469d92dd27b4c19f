using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Pools;

/// <summary>How a member came into the pool. It matters for groups: joining by a group QR code stops working
/// once the group passes a size (<see cref="CapacityPolicy.QrCodeJoinLimit"/>), while an invitation still works.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<JoinMethod>))]
public enum JoinMethod
{
    /// <summary>Added by the owner or invited by someone already inside (friend request accepted, group invitation).</summary>
    Invitation = 0,

    /// <summary>Scanned a group QR code (群二维码).</summary>
    GroupQrCode = 1,
}
