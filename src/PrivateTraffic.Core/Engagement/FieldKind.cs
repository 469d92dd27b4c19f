using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// The type of a <see cref="MemberViewField"/> and of a <see cref="FieldValue"/> literal. A comparison is legal only
/// between a field and a literal of the same kind; the rule set refuses any other when it is loaded.
/// </summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<FieldKind>))]
public enum FieldKind
{
    /// <summary>A finite number (a JSON number); compared as <see cref="double"/>.</summary>
    Number = 0,

    /// <summary>A whole number of days, 0 or more (a JSON integer).</summary>
    Days = 1,

    /// <summary>Money (the library's money object); compared only within one currency.</summary>
    Money = 2,

    /// <summary>A <see cref="Pools.LifecycleStage"/> name.</summary>
    Stage = 3,

    /// <summary>A <see cref="Value.MemberStatus"/> name.</summary>
    Status = 4,

    /// <summary>A <see cref="Value.ValueTier"/> name.</summary>
    Tier = 5,

    /// <summary>A <see cref="Value.RfmSegment"/> name.</summary>
    Segment = 6,

    /// <summary>A <see cref="Community.GroupHealth"/> name.</summary>
    GroupHealth = 7,
}
