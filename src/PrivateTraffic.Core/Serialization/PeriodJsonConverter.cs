using NodaTime;
using NodaTime.Text;

namespace PrivateTraffic.Core.Serialization;

/// <summary>A <see cref="NodaTime.Period"/> in ISO 8601 form, units kept as given (<c>P7D</c> stays seven days, not one week).</summary>
public sealed class PeriodJsonConverter : NodaPatternJsonConverter<Period>
{
    /// <summary>Creates the converter.</summary>
    public PeriodJsonConverter()
        : base(PeriodPattern.Roundtrip, "an ISO period such as P1M or P7D")
    {
    }
}
