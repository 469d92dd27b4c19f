using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Community;

/// <summary>How a <see cref="Recurrence"/> repeats.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<RecurrencePattern>))]
public enum RecurrencePattern
{
    /// <summary>Every <c>n</c> weeks on a weekday.</summary>
    Weekly = 0,

    /// <summary>Every <c>n</c> months on the nth weekday of the month (1st to 4th, or the last).</summary>
    MonthlyNthWeekday = 1,
}
