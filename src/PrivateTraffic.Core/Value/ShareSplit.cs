using System;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// Three shares in [0, 1] that add up to exactly 1, stored as the difference from 0.2 / 0.7 / 0.1 so that
/// <c>default</c> is that split. The storage behind <see cref="ValueQuantileShares"/> and <see cref="CompositionBenchmark"/>,
/// which give the three shares their meanings.
/// </summary>
internal readonly struct ShareSplit : IEquatable<ShareSplit>
{
    private readonly decimal _firstDelta;
    private readonly decimal _secondDelta;

    private ShareSplit(decimal first, decimal second)
    {
        _firstDelta = first - 0.2m;
        _secondDelta = second - 0.7m;
    }

    public decimal First => 0.2m + _firstDelta;

    public decimal Second => 0.7m + _secondDelta;

    public decimal Third => 1m - First - Second;

    public static ShareSplit Of(decimal first, decimal second, decimal third, string firstName, string secondName, string thirdName)
    {
        Guard.Against.Unmet(first is >= 0m and <= 1m, "A share must lie in [0, 1].", firstName);
        Guard.Against.Unmet(second is >= 0m and <= 1m, "A share must lie in [0, 1].", secondName);
        Guard.Against.Unmet(third is >= 0m and <= 1m, "A share must lie in [0, 1].", thirdName);
        Guard.Against.Unmet(first + second + third == 1m, "The three shares must add up to exactly 1.", thirdName);
        return new ShareSplit(first, second);
    }

    public bool Equals(ShareSplit other) => First == other.First && Second == other.Second;

    public override bool Equals(object? obj) => obj is ShareSplit other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(First, Second);
}
