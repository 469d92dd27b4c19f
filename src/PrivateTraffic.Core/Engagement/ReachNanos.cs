using NodaTime;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// Instants as nanoseconds since the Unix epoch, for the reach rules' hot paths: exact in the span where they fit a
/// <see cref="long"/> with room to spare (the years 1700 to 2200); outside it the rules take NodaTime's calendar path.
/// </summary>
internal static class ReachNanos
{
    public const long PerDay = 86_400_000_000_000L;

    /// <summary>The first instant of the fast span.</summary>
    public static readonly Instant From = Instant.FromUtc(1700, 1, 1, 0, 0);

    /// <summary>The end (exclusive) of the fast span.</summary>
    public static readonly Instant To = Instant.FromUtc(2200, 1, 1, 0, 0);

    /// <summary>The nanosecond of the day of a count of local nanoseconds since the epoch (floor modulo, so never negative).</summary>
    public static long OfDay(long localNanoseconds)
    {
        var r = localNanoseconds % PerDay;
        return r < 0 ? r + PerDay : r;
    }

    /// <summary>The day number (days since 1970-01-01) of a count of local nanoseconds since the epoch (floor division).</summary>
    public static long Day(long localNanoseconds)
    {
        var q = localNanoseconds / PerDay;
        return localNanoseconds % PerDay < 0 ? q - 1 : q;
    }
}
