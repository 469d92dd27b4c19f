using System;
using NodaTime;

namespace PrivateTraffic.Core.Value;

/// <summary>ISO dates as whole day numbers (days since 0001-01-01), so that spans of days are plain integers.</summary>
internal static class DayNumbers
{
    public static int Of(LocalDate date) => date.ToDateOnly().DayNumber;

    public static LocalDate ToDate(int dayNumber) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(dayNumber));
}
