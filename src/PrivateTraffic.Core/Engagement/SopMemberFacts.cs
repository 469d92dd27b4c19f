using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
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
