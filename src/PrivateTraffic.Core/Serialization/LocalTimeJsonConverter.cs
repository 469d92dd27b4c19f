using NodaTime;
using NodaTime.Text;

namespace PrivateTraffic.Core.Serialization;

/// <summary>A <see cref="NodaTime.LocalTime"/> as ISO 8601: <c>21:30:00</c>, with fractional seconds when present.</summary>
public sealed class LocalTimeJsonConverter : NodaPatternJsonConverter<LocalTime>
{
    /// <summary>Creates the converter.</summary>
    public LocalTimeJsonConverter()
        : base(LocalTimePattern.ExtendedIso, "an ISO time of day such as 21:30:00")
    {
    }
}
