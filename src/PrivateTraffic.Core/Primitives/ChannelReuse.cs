using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Primitives;

/// <summary>Whether the people a channel brings can be reached again without paying for them again.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<ChannelReuse>))]
public enum ChannelReuse
{
    /// <summary>Each visitor is used once (一次性使用); reaching them again means buying them again.</summary>
    OneTime = 0,

    /// <summary>The same people can be reached again and again (反复触达).</summary>
    Repeated = 1,
}
