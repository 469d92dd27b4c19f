using System;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// The five marks of a hit (爆款) that article 002 names for content that spreads: recognisable 有认知, low barrier
/// 门槛低, pain point 痛点, must-have 刚需, frequent 高频. A set: a piece of content carries any number of them.
/// Written in JSON as an array of camelCase names (<c>["recognisable","painPoint"]</c>).
/// </summary>
[Flags]
[JsonConverter(typeof(HitMarksJsonConverter))]
public enum HitMarks
{
    /// <summary>No mark.</summary>
    None = 0,

    /// <summary>Recognisable (有认知): people already know the thing or the face; they need no explaining.</summary>
    Recognisable = 1,

    /// <summary>Low barrier (门槛低): cheap or free to try, one step to act (a free sample, a small first order).</summary>
    LowBarrier = 2,

    /// <summary>Pain point (痛点): it speaks to a problem the member feels.</summary>
    PainPoint = 4,

    /// <summary>Must-have (刚需): something the member needs anyway, not a whim.</summary>
    MustHave = 8,

    /// <summary>Frequent (高频): used or bought often, so there is a reason to come back.</summary>
    Frequent = 16,
}
