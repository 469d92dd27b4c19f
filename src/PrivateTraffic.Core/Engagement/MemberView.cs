using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// One member seen at one instant (会员快照): a flat, immutable view of what the pools, value and community capabilities
/// know about them, which engagement rules read. Build it with <see cref="Build"/> from the other capabilities' types,
/// or with <see cref="Create"/> from figures the caller already has; for millions of members use
/// <see cref="MemberViewColumns"/>.
/// </summary>
/// <remarks>
/// A value that the inputs do not give is missing (null here): no value card means no tier, RFM or values; no purchase
/// instant means no days since the last purchase. Days since are whole calendar days in the member's time zone
/// (<c>Period.DaysBetween</c> of the two local dates), so a 23-hour DST day counts as one day. Tags, groups and roles are
/// distinct and in ordinal order. Thread-safe: immutable.
/// </remarks>
public sealed partial class MemberView
{
    private MemberView(MemberId member, Instant asOf, DateTimeZone timeZone, LifecycleStage stage)
    {
        Member = member;
        AsOf = asOf;
        TimeZone = timeZone;
        Stage = stage;
    }

    /// <summary>The member.</summary>
    public MemberId Member { get; }

    /// <summary>The instant the view describes; rules' validity windows are checked at it.</summary>
    public Instant AsOf { get; }

    /// <summary>The member's time zone (days since are counted in it; quiet hours are kept in it).</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>The lifecycle stage at <see cref="AsOf"/> (生命周期阶段).</summary>
    public LifecycleStage Stage { get; }

    /// <summary>The 271 status (付费 / 可转化 / 垃圾), or null when none was given.</summary>
    public MemberStatus? Status { get; private init; }

    /// <summary>The value tier (价值分层), or null without a value card.</summary>
    public ValueTier? Tier { get; private init; }

    /// <summary>The RFM scores, or null without a value card.</summary>
    public RfmScore? Rfm { get; private init; }

    /// <summary>The RFM segment, or null without a value card.</summary>
    public RfmSegment? Segment => Rfm?.Segment;

    /// <summary>P(alive), or null when none was given.</summary>
    public Probability? PAlive { get; private init; }

    /// <summary>Whole days since the last purchase in the member's zone, or null when they never bought (or it was not given).</summary>
    public int? DaysSinceLastPurchase { get; private init; }

    /// <summary>Whole days since the last interaction in the member's zone, or null when not given.</summary>
    public int? DaysSinceLastInteraction { get; private init; }

    /// <summary>Realized value (已实现价值), or null without a value card.</summary>
    public Money? RealizedValue { get; private init; }

    /// <summary>Potential value (潜在价值), or null without a value card.</summary>
    public Money? PotentialValue { get; private init; }

    /// <summary>Model value (榜样价值), or null without a value card.</summary>
    public Money? ModelValue { get; private init; }

    /// <summary>How many purchases the member made.</summary>
    public int PurchaseCount { get; private init; }

    /// <summary>How many members they brought who joined.</summary>
    public int ReferralCount { get; private init; }

    /// <summary>The worst health among their groups whose health was given (dead is worst), or null.</summary>
    public GroupHealth? GroupHealth { get; private init; }

    /// <summary>The owner's tags, distinct, in ordinal order.</summary>
    public IReadOnlyList<string> Tags { get; private init; } = [];

    /// <summary>The community groups they are in (group ids), distinct, in ordinal order.</summary>
    public IReadOnlyList<ChannelId> Groups { get; private init; } = [];

    /// <summary>Their community roles across their groups, distinct, in ordinal order.</summary>
    public IReadOnlyList<CommunityRole> Roles { get; private init; } = [];

    /// <summary>The consents in effect at <see cref="AsOf"/>: for each purpose and channel whose latest record at or before
    /// the instant is a grant, that record; ordered by channel, then purpose.</summary>
    public IReadOnlyList<ConsentRecord> Consents { get; private init; } = [];

    /// <summary>Whether the member has a tag (ordinal).</summary>
    /// <param name="tag">The tag.</param>
    /// <returns>True when they have it.</returns>
    public bool HasTag(string tag) => tag is not null && Tags.Contains(tag, StringComparer.Ordinal);

    /// <summary>Whether the member is in a group.</summary>
    /// <param name="group">The group id.</param>
    /// <returns>True when they are.</returns>
    public bool InGroup(ChannelId group) => Groups.Contains(group);

    /// <summary>Whether the member has a role in one of their groups.</summary>
    /// <param name="role">The role.</param>
    /// <returns>True when they have it.</returns>
    public bool HasRole(CommunityRole role) => Roles.Contains(role);

    /// <summary>Whether consent for a purpose on a channel is in effect at <see cref="AsOf"/>.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="purpose">The purpose.</param>
    /// <returns>True with a standing grant.</returns>
    public bool HasConsent(ChannelId channel, ConsentPurpose purpose) => Consents.Any(c => c.Channel == channel && c.Purpose == purpose);

    /// <summary>A one-line description, for traces and logs.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Member} at {AsOf}: {Stage}, tier {Tier?.ToString() ?? "-"}, status {Status?.ToString() ?? "-"}";

    private static int? DaysSince(Instant? then, Instant asOf, DateTimeZone zone, string paramName)
    {
        if (then is not { } t)
        {
            return null;
        }

        Guard.Against.Unmet(t <= asOf, $"The view's instant {asOf} is before {t}: a view cannot see the future.", paramName);
        return Period.DaysBetween(t.InZone(zone).Date, asOf.InZone(zone).Date);
    }

    private static ConsentRecord[] InEffect(IEnumerable<ConsentRecord> history, Instant asOf)
    {
        // The latest record at or before the instant decides; of two at one instant the later in the history wins,
        // as PrivatePool.HasConsent reads it.
        var latest = new Dictionary<(ChannelId, ConsentPurpose), ConsentRecord>();
        foreach (var c in history)
        {
            Guard.Against.Unmet(!c.Channel.IsUnset, $"A consent record has no channel.", nameof(history));
            Guard.Against.Unmet(Enum.IsDefined(c.Purpose), $"A consent record has an undefined purpose.", nameof(history));
            if (c.At <= asOf && (!latest.TryGetValue((c.Channel, c.Purpose), out var l) || c.At >= l.At))
            {
                latest[(c.Channel, c.Purpose)] = c;
            }
        }

        return [.. latest.Values.Where(c => c.Granted).OrderBy(c => c.Channel).ThenBy(c => c.Purpose)];
    }
}
