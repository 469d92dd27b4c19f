using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Community;

/// <summary>How present one of the four feelings is.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<FeelingLevel>))]
public enum FeelingLevel
{
    /// <summary>Nothing builds it.</summary>
    Missing = 0,

    /// <summary>Something builds it, but too rarely or too loosely.</summary>
    Weak = 1,

    /// <summary>Built.</summary>
    Present = 2,
}
