using NodaTime;
using NodaTime.Text;

namespace PrivateTraffic.Core.Serialization;

/// <summary>A <see cref="NodaTime.LocalDate"/> as ISO 8601: <c>2026-11-24</c>.</summary>
public sealed class LocalDateJsonConverter : NodaPatternJsonConverter<LocalDate>
{
    /// <summary>Creates the converter.</summary>
    public LocalDateJsonConverter()
        : base(LocalDatePattern.Iso, "an ISO date such as 2026-11-24")
    {
    }
}
