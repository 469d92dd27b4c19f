using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Engagement;

/// <summary>Where an SOP run stands at an instant.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<SopOutcome>))]
public enum SopOutcome
{
    /// <summary>Steps remain and no exit condition has ended it.</summary>
    Running = 0,

    /// <summary>Every step has come due and no exit ended it first.</summary>
    Completed = 1,

    /// <summary>Its exit rule ended it early; the steps after the exit are skipped.</summary>
    Exited = 2,
}
