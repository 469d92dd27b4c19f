using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Community;

/// <summary>What a community's centre (中心化的标的物) is: the thing members belong around (article 001).</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<CentreKind>))]
public enum CentreKind
{
    /// <summary>A person (a founder, a KOL, a shop owner).</summary>
    Person = 0,

    /// <summary>A brand.</summary>
    Brand = 1,

    /// <summary>An object or thing (a product, a car model, a place).</summary>
    Thing = 2,
}
