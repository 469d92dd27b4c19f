using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Community;

/// <summary>How people join a community. Invitation and application build mystique (神秘感); open admission does not.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<AdmissionPolicy>))]
public enum AdmissionPolicy
{
    /// <summary>Anyone may join (e.g. a store group's QR code at the till).</summary>
    Open = 0,

    /// <summary>Only by a member's invitation.</summary>
    Invitation = 1,

    /// <summary>By application, approved by a role that may approve joins.</summary>
    Application = 2,

    /// <summary>By paying a tier's fee.</summary>
    Paid = 3,
}
