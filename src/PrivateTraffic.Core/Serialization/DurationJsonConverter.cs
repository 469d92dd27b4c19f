using NodaTime;
using NodaTime.Text;

namespace PrivateTraffic.Core.Serialization;

/// <summary>A <see cref="NodaTime.Duration"/> in NodaTime's round-trip form <c>-D:hh:mm:ss.FFFFFFFFF</c>, such as <c>7:00:00:00</c> for a week.</summary>
public sealed class DurationJsonConverter : NodaPatternJsonConverter<Duration>
{
    /// <summary>Creates the converter.</summary>
    public DurationJsonConverter()
        : base(DurationPattern.Roundtrip, "a duration such as 1:02:03:04 (days:hours:minutes:seconds)")
    {
    }
}
