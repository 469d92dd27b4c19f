using System;
using System.Collections.Generic;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Fission;

/// <summary>
/// A fission campaign (裂变活动): members share a bait (诱饵), new members they bring are attributed to the campaign,
/// and rewards are paid by its rule from a budget that ends it when spent.
/// </summary>
/// <remarks>
/// <para>Like a pool, a campaign changes only through events: <c>DecideX</c> returns a <see cref="CampaignDecision"/>
/// and changes nothing; <see cref="Apply(CampaignDecision)"/> applies it whole; the one-call commands decide, apply
/// and add the events to <see cref="PendingEvents"/>. Every rule is checked before anything is written, so a refused
/// command leaves the campaign as it was.</para>
/// <para>Rules: only new members count (not a seed, not anyone already in the campaign, not anyone the caller says
/// was already in the pool), so the campaign's referrals never form a cycle nor a self-referral; a helper who left
/// no longer counts toward stages; past a per-member or per-day limit a referral is attributed but neither counted
/// nor paid; a referral whose rewards do not fit what is left of the budget ends the campaign instead.</para>
/// <para>Not thread-safe: one writer at a time.</para>
/// </remarks>
public sealed partial class FissionCampaign
{
    private readonly CampaignLaunched _definition;
    private readonly HashSet<string> _applied = new(StringComparer.Ordinal);
    // Keyed by the ids' text, as in PrivatePool: the BCL's string-keyed tables hash faster than the id structs.
    private readonly HashSet<string> _seeds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Credit> _credits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> _tallies = new(StringComparer.Ordinal);
    private readonly Dictionary<(MemberId Referrer, LocalDate Day), int> _rewardedPerDay = [];
    private readonly List<CampaignEvent> _entries = [];
    private readonly List<CampaignEvent> _pending = [];

    private FissionCampaign(CampaignLaunched definition)
    {
        _definition = definition;
        foreach (var seed in definition.SeedUsers)
        {
            _seeds.Add(seed.Value);
        }

        _applied.Add(definition.EventId.Value);
        Spent = Money.Zero(definition.Budget.Currency);
        LatestAt = definition.At;
        Version = 1;
    }

    /// <summary>The campaign's id.</summary>
    public CampaignId Id => _definition.Campaign;

    /// <summary>Its launch event: name, mechanic, bait, rule, budget, limits and seed users.</summary>
    public CampaignLaunched Definition => _definition;

    /// <summary>Its mechanic.</summary>
    public ReferralMechanic Mechanic => _definition.Mechanic;

    /// <summary>Its bait (诱饵).</summary>
    public string Bait => _definition.Bait;

    /// <summary>Its budget.</summary>
    public Money Budget => _definition.Budget;

    /// <summary>Every reward paid so far, to referrers and new members: never above <see cref="Budget"/>.</summary>
    public Money Spent { get; private set; }

    /// <summary>What is left of the budget.</summary>
    public Money Remaining => Budget - Spent;

    /// <summary>How many new members were attributed to the campaign (counted or not, left or not).</summary>
    public int Referred => _credits.Count;

    /// <summary>How many of them count: within the limits and not left.</summary>
    public int Counted { get; private set; }

    /// <summary>Why it ended, or <c>null</c> while it runs.</summary>
    public CampaignEndReason? EndReason { get; private set; }

    /// <summary>Whether it ended.</summary>
    public bool IsEnded => EndReason is not null;

    /// <summary>How many events it has applied, its launch included.</summary>
    public int Version { get; private set; }

    /// <summary>The latest instant of its events; later events may not be dated before it.</summary>
    public Instant LatestAt { get; private set; }

    /// <summary>Events raised by the one-call commands and not yet cleared, oldest first.</summary>
    public IReadOnlyList<CampaignEvent> PendingEvents => _pending;

    /// <summary>Forgets <see cref="PendingEvents"/> once a service has stored them.</summary>
    public void ClearPendingEvents() => _pending.Clear();

    /// <summary>Makes room for <paramref name="referrals"/> referrals in all, so crediting that many (replaying a stored
    /// history, say) does not grow the campaign's tables step by step. Changes nothing else.</summary>
    /// <param name="referrals">The referrals expected in all, not negative.</param>
    public void EnsureCapacity(int referrals)
    {
        Guard.Against.Negative(referrals);
        _applied.EnsureCapacity(referrals + 2);
        _credits.EnsureCapacity(referrals);
        _tallies.EnsureCapacity(referrals / 2); // a guess: referrers who bring two friends each
        _entries.EnsureCapacity(referrals + 1);
        _pending.EnsureCapacity(_pending.Count + referrals + 1);
    }

    /// <summary>Whether the member is one of the campaign's seed users (种子用户).</summary>
    /// <param name="member">The member.</param>
    public bool IsSeed(MemberId member) => _seeds.Contains(member.Value);

    /// <summary>Whether the member took part: a seed, a referrer or a referee.</summary>
    /// <param name="member">The member.</param>
    public bool IsParticipant(MemberId member) =>
        _seeds.Contains(member.Value) || _credits.ContainsKey(member.Value) || _tallies.ContainsKey(member.Value); // referrers have a tally

    /// <summary>Who brought the member into the campaign, or <c>null</c> if no one did.</summary>
    /// <param name="referee">The member.</param>
    public MemberId? ReferrerOf(MemberId referee) => _credits.TryGetValue(referee.Value, out var c) ? c.Referrer : null;

    /// <summary>How many of the referrer's referrals count now (within limits, helpers still there).</summary>
    /// <param name="referrer">The referrer.</param>
    public int CountedReferralsOf(MemberId referrer) => _tallies.TryGetValue(referrer.Value, out var t) ? t.Counted : 0;

    /// <summary>The attribution to hand to <see cref="PrivatePool.Capture"/> for a credited referral, so the pool's
    /// referral graph carries the campaign, its mechanic and the referrer's reward.</summary>
    /// <param name="credited">A referral this campaign credited.</param>
    public ReferredBy AttributionOf(ReferralCredited credited)
    {
        Guard.Against.Null(credited);
        Guard.Against.Unmet(credited.Campaign == Id, $"The referral belongs to campaign {credited.Campaign}, not {Id}.", nameof(credited));
        return new ReferredBy(credited.Referrer, Id, Mechanic, credited.ReferrerReward);
    }

    /// <summary>The referrals credited so far, in order.</summary>
    public IEnumerable<ReferralCredited> Credits()
    {
        foreach (var e in _entries)
        {
            if (e is ReferralCredited credited)
            {
                yield return credited;
            }
        }
    }

    private sealed class Tally
    {
        public int Counted;
        public int Rewarded;
        public int StagesPaid;
    }

    private record struct Credit(MemberId Referrer, bool Counted, bool Left);
}
