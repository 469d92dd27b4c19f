using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Community;

/// <summary>How much a finding of an assessment matters.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<FindingSeverity>))]
public enum FindingSeverity
{
    /// <summary>A point the articles make that applies here; nothing is wrong.</summary>
    Note = 0,

    /// <summary>Something weak that the articles warn about.</summary>
    Warning = 1,

    /// <summary>Something the articles call a mistake.</summary>
    Problem = 2,
}
