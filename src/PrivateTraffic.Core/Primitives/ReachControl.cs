using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Primitives;

/// <summary>Who decides whom a channel reaches and when.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<ReachControl>))]
public enum ReachControl
{
    /// <summary>The platform's algorithm or the footfall decides (非自主): the brand cannot choose its audience.</summary>
    PlatformOrFootfall = 0,

    /// <summary>The owner decides whom to reach and when (自主触达).</summary>
    Owner = 1,
}
