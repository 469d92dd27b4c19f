using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Community;

/// <summary>
/// The primary orientation of a community, which sets its vertical position. Both needs are served in time; the
/// primary one is the one the community is built around (article 002).
/// </summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<CommunityOrientation>))]
public enum CommunityOrientation
{
    /// <summary>Material 物质导向: a primary product-resource community, where members pay a little for good products.</summary>
    Material = 0,

    /// <summary>Spiritual 精神文化导向: an advanced knowledge community, where a KOL or a team brings high-value knowledge.</summary>
    Spiritual = 1,
}
