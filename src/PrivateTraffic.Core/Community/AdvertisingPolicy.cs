using PrivateTraffic.Core.Primitives;
using System;
using System.Collections.Generic;
using System.Linq;

namespace PrivateTraffic.Core.Community;

/// <summary>
/// Who may post promotions in a group, and the largest share of the group's messages promotions may take. A group that
/// only posts promotions is the articles' dead group (死群); the share is the caller's. Immutable and thread-safe.
/// </summary>
public sealed class AdvertisingPolicy : IEquatable<AdvertisingPolicy>
{
    private readonly CommunityRole[] _promoters;

    private AdvertisingPolicy(CommunityRole[] promoters, double maxPromotionShare)
    {
        _promoters = promoters;
        MaxPromotionShare = maxPromotionShare;
    }

    /// <summary>The roles that may post promotions (possibly none).</summary>
    public IReadOnlyList<CommunityRole> Promoters => _promoters;

    /// <summary>The largest share of messages, in [0, 1], promotions may take in the caller's window.</summary>
    public double MaxPromotionShare { get; }

    /// <summary>A policy.</summary>
    /// <exception cref="ArgumentException">An unset or repeated role, or a share outside [0, 1].</exception>
    public static AdvertisingPolicy Create(IEnumerable<CommunityRole> promoters, double maxPromotionShare)
    {
        Guard.Against.Null(promoters);
        var roles = promoters.ToArray();
        Guard.Against.Unmet(Array.TrueForAll(roles, r => !r.IsUnset), $"A promoter role is unset.", nameof(promoters));
        Guard.Against.Unmet(roles.Distinct().Count() == roles.Length, $"A promoter role is listed twice.", nameof(promoters));
        Guard.Against.OutsideUnitInterval(maxPromotionShare, nameof(maxPromotionShare));
        return new AdvertisingPolicy(roles, maxPromotionShare);
    }

    internal bool MayPromote(CommunityRole role) => Array.IndexOf(_promoters, role) >= 0;

    /// <inheritdoc/>
    public bool Equals(AdvertisingPolicy? other) =>
        other is not null && MaxPromotionShare.Equals(other.MaxPromotionShare) && _promoters.AsSpan().SequenceEqual(other._promoters);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AdvertisingPolicy);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(MaxPromotionShare, _promoters.Length);
}
