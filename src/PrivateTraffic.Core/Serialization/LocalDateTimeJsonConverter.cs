using NodaTime;
using NodaTime.Text;

namespace PrivateTraffic.Core.Serialization;

/// <summary>A <see cref="NodaTime.LocalDateTime"/> as ISO 8601 without offset: <c>2026-11-24T21:30:00</c>.</summary>
public sealed class LocalDateTimeJsonConverter : NodaPatternJsonConverter<LocalDateTime>
{
    /// <summary>Creates the converter.</summary>
    public LocalDateTimeJsonConverter()
        : base(LocalDateTimePattern.ExtendedIso, "an ISO local date and time such as 2026-11-24T21:30:00")
    {
    }
}
