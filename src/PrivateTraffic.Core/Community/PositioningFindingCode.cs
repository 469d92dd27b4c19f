using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Community;

/// <summary>What a positioning finding is about; stable, so a service can switch on it.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<PositioningFindingCode>))]
public enum PositioningFindingCode
{
    /// <summary>No kind or no vertical focus: the direction is vague (方向模糊), the worst mistake.</summary>
    VagueDirection = 0,

    /// <summary>No primary orientation (material or spiritual) was chosen.</summary>
    NoOrientation = 1,

    /// <summary>No centre (person, brand or object) gives members belonging.</summary>
    NoCentre = 2,

    /// <summary>A spiritual orientation with no KOL or team to bring the knowledge.</summary>
    SpiritualWithoutKolOrTeam = 3,

    /// <summary>The more vertical, the stronger the belonging: a note on how focused the positioning is.</summary>
    VerticalBelonging = 4,

    /// <summary>The two statements that pull against each other: material needs come first, yet people would rather
    /// pay for spirit than for function. Both are kept; the model does not resolve them.</summary>
    MaterialFirstYetPayForSpirit = 5,

    /// <summary>A hybrid community: several kinds apply, so one of them should lead.</summary>
    Hybrid = 6,
}
