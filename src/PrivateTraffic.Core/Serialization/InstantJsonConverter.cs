using NodaTime;
using NodaTime.Text;

namespace PrivateTraffic.Core.Serialization;

/// <summary>An <see cref="NodaTime.Instant"/> as ISO 8601 in UTC with as many fractional digits as needed: <c>2026-11-24T08:00:00Z</c>.</summary>
public sealed class InstantJsonConverter : NodaPatternJsonConverter<Instant>
{
    /// <summary>Creates the converter.</summary>
    public InstantJsonConverter()
        : base(InstantPattern.ExtendedIso, "an ISO instant in UTC such as 2026-11-24T08:00:00Z")
    {
    }
}
