using NodaTime;

namespace PoolCluster.Grains;

/// <summary>A <see cref="LocalDate"/> on the wire between silos (ISO calendar).</summary>
[GenerateSerializer]
public struct LocalDateSurrogate
{
    /// <summary>The year.</summary>
    [Id(0)] public int Year { get; set; }

    /// <summary>The month, 1 to 12.</summary>
    [Id(1)] public int Month { get; set; }

    /// <summary>The day of the month.</summary>
    [Id(2)] public int Day { get; set; }
}

/// <summary>Converts <see cref="LocalDate"/> to and from its surrogate.</summary>
[RegisterConverter]
public sealed class LocalDateSurrogateConverter : IConverter<LocalDate, LocalDateSurrogate>
{
    /// <inheritdoc/>
    public LocalDate ConvertFromSurrogate(in LocalDateSurrogate surrogate) => new(surrogate.Year, surrogate.Month, surrogate.Day);

    /// <inheritdoc/>
    public LocalDateSurrogate ConvertToSurrogate(in LocalDate value) => new() { Year = value.Year, Month = value.Month, Day = value.Day };
}

/// <summary>An <see cref="Instant"/> on the wire between silos, in ticks (100 ns) since the Unix epoch: exact.</summary>
[GenerateSerializer]
public struct InstantSurrogate
{
    /// <summary>Ticks since 1970-01-01T00:00Z.</summary>
    [Id(0)] public long UnixTicks { get; set; }
}

/// <summary>Converts <see cref="Instant"/> to and from its surrogate.</summary>
[RegisterConverter]
public sealed class InstantSurrogateConverter : IConverter<Instant, InstantSurrogate>
{
    /// <inheritdoc/>
    public Instant ConvertFromSurrogate(in InstantSurrogate surrogate) => Instant.FromUnixTimeTicks(surrogate.UnixTicks);

    /// <inheritdoc/>
    public InstantSurrogate ConvertToSurrogate(in Instant value) => new() { UnixTicks = value.ToUnixTimeTicks() };
}
