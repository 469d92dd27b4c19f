using NodaTime;
using NodaTime.Text;

namespace PrivateTraffic.Core.Serialization;

/// <summary>A <see cref="NodaTime.YearMonth"/> as ISO 8601: <c>2026-11</c> (a cohort's capture month).</summary>
public sealed class YearMonthJsonConverter : NodaPatternJsonConverter<YearMonth>
{
    /// <summary>Creates the converter.</summary>
    public YearMonthJsonConverter()
        : base(YearMonthPattern.Iso, "an ISO year and month such as 2026-11")
    {
    }
}
