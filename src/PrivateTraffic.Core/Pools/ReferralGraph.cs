using System;
using System.Collections.Generic;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

/// <summary>
/// Who brought whom (推荐关系图): a forest of referrals in which every member has at most one referrer and no one
/// is, directly or through others, their own referrer. The input of 模型价值 model value.
/// </summary>
/// <remarks>
/// Built once from its edges and immutable. A cycle is refused with a <see cref="DomainRuleException"/> of code
/// <see cref="DomainRuleCodes.ValueReferralCycle"/> (a self-referral is the shortest cycle), a second referrer for
/// one referee with <see cref="DomainRuleCodes.ValueRefereeAlreadyReferred"/>: both are broken rules of the
/// domain, not misuse of the API. A repeated identical edge counts once.
/// </remarks>
public sealed class ReferralGraph
{
    private static readonly IReadOnlyList<MemberId> NoReferees = [];
    private readonly Dictionary<MemberId, MemberId> _referrerOf;
    private readonly Dictionary<MemberId, List<MemberId>> _refereesOf;
    private readonly List<Referral> _referrals;

    private ReferralGraph(Dictionary<MemberId, MemberId> referrerOf, Dictionary<MemberId, List<MemberId>> refereesOf, List<Referral> referrals)
    {
        _referrerOf = referrerOf;
        _refereesOf = refereesOf;
        _referrals = referrals;
    }

    /// <summary>A graph without referrals.</summary>
    public static ReferralGraph Empty { get; } = new([], [], []);

    /// <summary>The referrals, in the order given (repeats removed).</summary>
    public IReadOnlyList<Referral> Referrals => _referrals;

    /// <summary>Builds the graph from its edges.</summary>
    /// <param name="referrals">The edges referrer → referee.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentException">An edge is default.</exception>
    /// <exception cref="DomainRuleException">A referee has two referrers, or the edges form a cycle.</exception>
    public static ReferralGraph From(IEnumerable<Referral> referrals)
    {
        Guard.Against.Null(referrals);
        var referrerOf = new Dictionary<MemberId, MemberId>();
        var refereesOf = new Dictionary<MemberId, List<MemberId>>();
        var edges = new List<Referral>();
        foreach (var edge in referrals)
        {
            Guard.Against.Unmet(!edge.Referrer.IsUnset && !edge.Referee.IsUnset, "A referral is default.", nameof(referrals));
            if (referrerOf.TryGetValue(edge.Referee, out var existing))
            {
                if (existing == edge.Referrer)
                {
                    continue;
                }

                throw new DomainRuleException(
                    DomainRuleCodes.ValueRefereeAlreadyReferred,
                    $"{edge.Referee} was already referred by {existing}; {edge.Referrer} cannot refer them too.");
            }

            referrerOf.Add(edge.Referee, edge.Referrer);
            if (!refereesOf.TryGetValue(edge.Referrer, out var list))
            {
                refereesOf.Add(edge.Referrer, list = []);
            }

            list.Add(edge.Referee);
            edges.Add(edge);
        }

        RefuseCycles(referrerOf);
        return new ReferralGraph(referrerOf, refereesOf, edges);
    }

    /// <summary>The graph of a pool as it stands: one edge per member who was referred and is still known (erased members
    /// and their edges are left out), in capture order of the referees, with each referral's campaign details.</summary>
    /// <param name="pool">The pool.</param>
    /// <returns>The graph. A pool's referrers are always captured before their referees, so it has no cycle.</returns>
    internal static ReferralGraph Of(PrivatePool pool)
    {
        var edges = new List<Referral>();
        foreach (ref readonly var s in pool.Slots)
        {
            if (!s.Erased && !s.Referrer.IsUnset)
            {
                edges.Add(Referral.Of(s.Referrer, s.Id, s.Referral));
            }
        }

        return From(edges);
    }

    /// <summary>Finds who referred a member.</summary>
    /// <param name="referee">The member.</param>
    /// <param name="referrer">Their referrer, or the unset id.</param>
    /// <returns>Whether the member was referred.</returns>
    public bool TryGetReferrer(MemberId referee, out MemberId referrer) => _referrerOf.TryGetValue(referee, out referrer);

    /// <summary>The members a referrer brought in directly (the first generation), in the order given.</summary>
    /// <param name="referrer">The referrer.</param>
    /// <returns>The referees; empty when none.</returns>
    public IReadOnlyList<MemberId> RefereesOf(MemberId referrer) =>
        _refereesOf.TryGetValue(referrer, out var list) ? list : NoReferees;

    private static void RefuseCycles(Dictionary<MemberId, MemberId> referrerOf)
    {
        // Follow each member's chain of referrers; a chain that meets itself is a cycle. Members whose chain is
        // known to end are marked, so every member is walked at most once overall.
        var done = new HashSet<MemberId>();
        var path = new HashSet<MemberId>();
        foreach (var start in referrerOf.Keys)
        {
            path.Clear();
            var member = start;
            while (!done.Contains(member))
            {
                if (!path.Add(member))
                {
                    throw new DomainRuleException(
                        DomainRuleCodes.ValueReferralCycle,
                        $"The referrals form a cycle through {member}: no one can be, directly or through others, their own referrer.");
                }

                if (!referrerOf.TryGetValue(member, out member))
                {
                    break;
                }
            }

            done.UnionWith(path);
        }
    }
}
