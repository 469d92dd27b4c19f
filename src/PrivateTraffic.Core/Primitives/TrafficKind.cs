using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Primitives;

/// <summary>Public traffic (公域流量) or private traffic (私域流量), as derived from a channel's traits.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<TrafficKind>))]
public enum TrafficKind
{
    /// <summary>Public traffic (公域流量): rented from a platform, paid per use, used once.</summary>
    Public = 0,

    /// <summary>Private traffic (私域流量): owned by the brand, reached at will, free or nearly free to reach, reached repeatedly.</summary>
    Private = 1,
}
