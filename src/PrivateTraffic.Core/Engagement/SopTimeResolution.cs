using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Engagement;

/// <summary>How a step's local date and time became an instant in the member's zone (see <see cref="SopRun"/>).</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<SopTimeResolution>))]
public enum SopTimeResolution
{
    /// <summary>The local time exists once in the zone: the touch is at exactly that local time.</summary>
    Exact = 0,

    /// <summary>The local time falls in a DST gap (clocks jump forward): moved forward by the gap's length (02:30 becomes 03:30).</summary>
    ShiftedPastGap = 1,

    /// <summary>The local time occurs twice (clocks fall back): the earlier of the two instants.</summary>
    EarlierOfAmbiguous = 2,

    /// <summary>A day-0 step whose local time had already passed when the SOP started: proposed at the start instant.</summary>
    AtStart = 3,
}
