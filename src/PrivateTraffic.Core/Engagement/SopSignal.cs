using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// Something a member did since an SOP started that can end it early: what an exit condition
/// (<see cref="SopExitCondition"/>) waits for and what a fact (<see cref="SopFact"/>) records.
/// </summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<SopSignal>))]
public enum SopSignal
{
    /// <summary>The member bought (下单): any purchase.</summary>
    Purchased = 0,

    /// <summary>The member opted out: withdrew marketing consent (退订).</summary>
    OptedOut = 1,

    /// <summary>The member joined a group (入群): a given one, or any.</summary>
    JoinedGroup = 2,

    /// <summary>A tag was added to the member (打标签).</summary>
    TagAdded = 3,
}
