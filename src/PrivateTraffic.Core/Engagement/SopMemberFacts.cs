using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// What a member did since an SOP started, as far as its exit conditions care: purchases, opt-outs, group joins, tags
/// added (<see cref="SopFact"/>). A small input the caller builds from the pool's and the groups' histories (or from a
/// member view). Immutable and thread-safe.
/// </summary>
public sealed class SopMemberFacts
{
    /// <summary>The most facts one input holds.</summary>
    public const int MaxFacts = 4096;

    private readonly SopFact[] _facts;

    private SopMemberFacts(SopFact[] facts) => _facts = facts;

    /// <summary>No facts: nothing happened.</summary>
    public static SopMemberFacts None { get; } = new([]);

    /// <summary>The facts, ordered by instant (ties in the order given).</summary>
    public IReadOnlyList<SopFact> Facts => _facts;

    /// <summary>An input of facts, in any order.</summary>
    /// <param name="facts">At most <see cref="MaxFacts"/> facts, none null.</param>
    /// <returns>The input.</returns>
    /// <exception cref="ArgumentException">A null fact, or more than <see cref="MaxFacts"/>.</exception>
    public static SopMemberFacts Create(IEnumerable<SopFact> facts)
    {
        Guard.Against.Null(facts);
        var array = facts.Take(MaxFacts + 1).ToArray();
        Guard.Against.Unmet(array.Length <= MaxFacts && Array.TrueForAll(array, f => f is not null), $"At most {MaxFacts} facts, none null.", nameof(facts));
        return new SopMemberFacts(array.OrderBy(f => f.At).ToArray());
    }

    /// <summary>
    /// The facts an SOP's exits read, from the pool's history and the groups' histories: a purchase
    /// (<see cref="PurchaseRecorded"/>), an opt-out (a withdrawn marketing consent on any channel, or leaving the pool: either
    /// way the member may no longer be marketed to), and a group join (<see cref="MemberJoinedGroup"/>). Tags are not in
    /// the histories after the capture, so a tag fact comes from the caller (<see cref="Create"/>).
    /// </summary>
    /// <param name="member">The member.</param>
    /// <param name="since">The SOP's start: earlier events cannot end it.</param>
    /// <param name="poolHistory">The pool's events (any members; others are ignored).</param>
    /// <param name="groupHistory">The groups' events, or null.</param>
    /// <returns>The facts: for each kind of fact (and each group) only the first at or after <paramref name="since"/>, since
    /// an exit waits only for the first, which also keeps the input small however long the histories are.</returns>
    /// <exception cref="ArgumentException">The member is unset, or a history holds a null event.</exception>
    public static SopMemberFacts FromHistory(MemberId member, Instant since, IEnumerable<PoolEvent> poolHistory, IEnumerable<GroupEvent>? groupHistory = null)
    {
        Guard.Against.Unmet(!member.IsUnset, $"The member is unset.", nameof(member));
        Guard.Against.Null(poolHistory);
        var first = new Dictionary<(SopSignal Signal, ChannelId Group), SopFact>();
        void Keep(SopFact fact)
        {
            var key = (fact.Signal, fact.Group ?? default);
            if (fact.At >= since && (!first.TryGetValue(key, out var kept) || fact.At < kept.At))
            {
                first[key] = fact;
            }
        }

        foreach (var e in poolHistory)
        {
            Guard.Against.Unmet(e is not null, $"The pool history holds a null event.", nameof(poolHistory));
            switch (e)
            {
                case PurchaseRecorded p when p.Member == member:
                    Keep(SopFact.Purchased(p.At));
                    break;
                case ConsentWithdrawn w when w.Member == member && w.Purpose == ConsentPurpose.Marketing:
                case MemberLeft l when l.Member == member:
                    Keep(SopFact.OptedOut(e.At));
                    break;
            }
        }

        foreach (var e in groupHistory ?? [])
        {
            Guard.Against.Unmet(e is not null, $"The group history holds a null event.", nameof(groupHistory));
            if (e is MemberJoinedGroup j && j.Member == member)
            {
                Keep(SopFact.JoinedGroup(j.Group, j.At));
            }
        }

        return Create(first.Values);
    }

    /// <summary>The first instant in [<paramref name="from"/>, <paramref name="until"/>] at which a fact meets <paramref name="condition"/>.</summary>
    internal Instant? FirstMeeting(SopExitCondition condition, Instant from, Instant until)
    {
        foreach (var fact in _facts)
        {
            if (fact.At >= from && fact.At <= until && condition.IsMetBy(fact))
            {
                return fact.At;
            }
        }

        return null;
    }
}
