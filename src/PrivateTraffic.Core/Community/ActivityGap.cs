using NodaTime;

namespace PrivateTraffic.Core.Community;

/// <summary>A stretch with no activity longer than the calendar's cadence: regular long-term activity decides whether
/// a group survives (长期定期做活动, article 002).</summary>
/// <param name="From">The previous occurrence, or the start of the range.</param>
/// <param name="To">The next occurrence, or the end of the range.</param>
public sealed record ActivityGap(Instant From, Instant To)
{
    /// <summary>How long the gap lasts.</summary>
    public Duration Length => To - From;
}
