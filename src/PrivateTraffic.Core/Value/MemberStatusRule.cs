using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// The rule that puts each pool member in one 271 status (付费 / 可转化 / 垃圾用户, <see cref="MemberStatus"/>) at an
/// instant. Article 002 names the three groups and their usual shares but gives no thresholds, so the activity
/// window, the spam tags and the consent purpose are the caller's.
/// </summary>
/// <remarks>
/// <para>The tests run in this order; the first that applies decides (<see cref="MemberStatusReason"/>):</para>
/// <list type="number">
/// <item>left the pool at or before the instant: junk (unreachable, whatever they bought);</item>
/// <item>bought at least once (<see cref="PoolMember.PurchaseCount"/> &gt; 0): paying;</item>
/// <item>carries a spam tag (ordinal comparison with <see cref="PoolMember.Tags"/>): junk;</item>
/// <item>no standing consent for <see cref="ReachPurpose"/> on any channel at the instant
/// (<see cref="PrivatePool.HasConsent"/> over the channels of the member's consent history): junk;</item>
/// <item>last activity (<see cref="PoolMember.LastActivityAt"/>: capture, purchase, interaction or a referral)
/// earlier than <see cref="ActiveWithin"/> before the instant: junk (inactive);</item>
/// <item>otherwise: convertible.</item>
/// </list>
/// <para>One window decides both "engaged" and "inactive", so every member falls in exactly one status. The
/// member's counts, tags and last activity are the pool's current state: classify at an instant at or after the
/// pool's latest event. Members captured after the instant are not classified. Immutable.</para>
/// </remarks>
public sealed class MemberStatusRule
{
    private readonly HashSet<string> _spamTags;

    private MemberStatusRule(Duration activeWithin, string[] spamTags, ConsentPurpose reachPurpose)
    {
        ActiveWithin = activeWithin;
        SpamTags = spamTags;
        _spamTags = new HashSet<string>(spamTags, StringComparer.Ordinal);
        ReachPurpose = reachPurpose;
    }

    /// <summary>How recent the last activity must be for a member who has not bought to count as engaged.</summary>
    public Duration ActiveWithin { get; }

    /// <summary>The tags that flag a member as spam (such as a 广告 or 羊毛党 label the owner applies).</summary>
    public IReadOnlyList<string> SpamTags { get; }

    /// <summary>The purpose a member must have consented to on some channel to be reachable; marketing by default.</summary>
    public ConsentPurpose ReachPurpose { get; }

    /// <summary>Creates a rule.</summary>
    /// <param name="activeWithin">The activity window; positive.</param>
    /// <param name="spamTags">The spam tags; none when null. Each is non-blank.</param>
    /// <param name="reachPurpose">The consent purpose that makes a member reachable.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">The window is not positive, a tag is blank, or the purpose is unknown.</exception>
    public static MemberStatusRule Create(Duration activeWithin, IEnumerable<string>? spamTags = null, ConsentPurpose reachPurpose = ConsentPurpose.Marketing)
    {
        Guard.Against.Unmet(activeWithin > Duration.Zero, "The activity window must be positive.", nameof(activeWithin));
        Guard.Against.Unmet(Enum.IsDefined(reachPurpose), "Unknown consent purpose.", nameof(reachPurpose));
        var tags = spamTags?.Distinct(StringComparer.Ordinal).ToArray() ?? [];
        Guard.Against.Unmet(tags.All(t => !string.IsNullOrWhiteSpace(t)), "A spam tag is blank.", nameof(spamTags));
        return new MemberStatusRule(activeWithin, tags, reachPurpose);
    }

    /// <summary>A member's status at an instant.</summary>
    /// <param name="pool">The member's pool.</param>
    /// <param name="member">The member, from <paramref name="pool"/>.</param>
    /// <param name="asOf">The instant; not before the member's capture.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentException">An argument is null or the member was captured after the instant.</exception>
    public MemberStatus Classify(PrivatePool pool, PoolMember member, Instant asOf) => StatusOf(Explain(pool, member, asOf));

    /// <summary>Which test decided a member's status (see the remarks for the order).</summary>
    /// <param name="pool">The member's pool.</param>
    /// <param name="member">The member, from <paramref name="pool"/>.</param>
    /// <param name="asOf">The instant; not before the member's capture.</param>
    /// <returns>The deciding reason.</returns>
    /// <exception cref="ArgumentException">An argument is null or the member was captured after the instant.</exception>
    public MemberStatusReason Explain(PrivatePool pool, PoolMember member, Instant asOf)
    {
        Guard.Against.Null(pool);
        Guard.Against.Null(member);
        Guard.Against.Unmet(member.CapturedAt <= asOf, $"The member {member.Id} was captured after the instant.", nameof(member));
        if (member.LeftAt is { } left && left <= asOf)
        {
            return MemberStatusReason.Left;
        }

        if (member.PurchaseCount > 0)
        {
            return MemberStatusReason.Bought;
        }

        foreach (var tag in member.Tags)
        {
            if (_spamTags.Contains(tag))
            {
                return MemberStatusReason.SpamTagged;
            }
        }

        if (!Reachable(pool, member, asOf))
        {
            return MemberStatusReason.NoConsent;
        }

        return asOf - member.LastActivityAt > ActiveWithin ? MemberStatusReason.Inactive : MemberStatusReason.ReachableAndActive;
    }

    /// <summary>The status of every member of a pool captured at or before the instant, in capture order.</summary>
    /// <param name="pool">The pool.</param>
    /// <param name="asOf">The instant.</param>
    /// <returns>Each member and their status.</returns>
    /// <exception cref="ArgumentException">The pool is null.</exception>
    public IReadOnlyList<KeyValuePair<MemberId, MemberStatus>> ClassifyAll(PrivatePool pool, Instant asOf)
    {
        Guard.Against.Null(pool);
        var result = new List<KeyValuePair<MemberId, MemberStatus>>();
        foreach (var member in pool.Members)
        {
            if (member.CapturedAt <= asOf)
            {
                result.Add(new(member.Id, Classify(pool, member, asOf)));
            }
        }

        return result;
    }

    /// <summary>The status a reason stands for.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The status.</returns>
    public static MemberStatus StatusOf(MemberStatusReason reason) => reason switch
    {
        MemberStatusReason.Bought => MemberStatus.Paying,
        MemberStatusReason.ReachableAndActive => MemberStatus.Convertible,
        _ => MemberStatus.Junk,
    };

    /// <summary>The rule in words, for reports: <c>active within 30 days, spam tags [广告], reach purpose marketing</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"active within {ActiveWithin.TotalDays.ToString(System.Globalization.CultureInfo.InvariantCulture)} days, spam tags [{string.Join(", ", SpamTags)}], reach purpose {ReachPurpose.ToString().ToLowerInvariant()}";

    private bool Reachable(PrivatePool pool, PoolMember member, Instant asOf)
    {
        foreach (var consent in member.Consents)
        {
            if (consent.Purpose == ReachPurpose && consent.Granted && pool.HasConsent(member.Id, ReachPurpose, consent.Channel, asOf))
            {
                return true;
            }
        }

        return false;
    }
}
