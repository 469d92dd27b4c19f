using System;
using System.Collections.Generic;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Tests.Pools;

/// <summary>The referral edge and the graph built from edges, at the edges the mutation run left unpinned in the Pools
/// tests (issue 10): repeated and conflicting edges, cycles of every length, the lookups, and the edge's equality and
/// text.</summary>
public sealed class ReferralEdgeTests
{
    private static readonly MemberId A = MemberId.From("member-a");
    private static readonly MemberId B = MemberId.From("member-b");
    private static readonly MemberId C = MemberId.From("member-c");
    private static readonly MemberId D = MemberId.From("member-d");

    [Fact]
    public void The_same_edge_twice_is_kept_once()
    {
        var graph = ReferralGraph.From([Referral.Of(A, B), Referral.Of(A, B), Referral.Of(A, C)]);
        Assert.Equal([Referral.Of(A, B), Referral.Of(A, C)], graph.Referrals);
        Assert.Equal([B, C], graph.RefereesOf(A));
    }

    [Fact]
    public void A_referee_with_a_second_referrer_is_refused_naming_both()
    {
        var ex = Assert.Throws<DomainRuleException>(() => ReferralGraph.From([Referral.Of(A, C), Referral.Of(B, C)]));
        Assert.Equal(DomainRuleCodes.ValueRefereeAlreadyReferred, ex.Code);
        Assert.Contains("member-c was already referred by member-a; member-b", ex.Message, StringComparison.Ordinal);
    }

    public static TheoryData<Referral[]> Cycles => new()
    {
        new[] { Referral.Of(A, A) },
        new[] { Referral.Of(A, B), Referral.Of(B, A) },
        new[] { Referral.Of(A, B), Referral.Of(B, C), Referral.Of(C, A) },
        new[] { Referral.Of(C, D), Referral.Of(A, B), Referral.Of(B, C), Referral.Of(C, A) },
    };

    [Theory]
    [MemberData(nameof(Cycles))]
    public void A_cycle_of_any_length_is_refused(Referral[] edges)
    {
        var ex = Assert.Throws<DomainRuleException>(() => ReferralGraph.From(edges));
        Assert.Equal(DomainRuleCodes.ValueReferralCycle, ex.Code);
        Assert.Contains("form a cycle through member-", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Chains_that_meet_an_ancestor_already_walked_are_no_cycle()
    {
        // D's chain is walked first (D → C → B → A), then the other referees reach members already known to end.
        var graph = ReferralGraph.From([Referral.Of(C, D), Referral.Of(B, C), Referral.Of(A, B), Referral.Of(A, MemberId.From("member-e"))]);
        Assert.Equal(4, graph.Referrals.Count);
        Assert.True(graph.TryGetReferrer(D, out var referrer));
        Assert.Equal(C, referrer);
        Assert.False(graph.TryGetReferrer(A, out var none));
        Assert.True(none.IsUnset);
    }

    [Fact]
    public void A_member_who_referred_no_one_has_no_referees()
    {
        Assert.Empty(ReferralGraph.From([Referral.Of(A, B)]).RefereesOf(B));
        Assert.Empty(ReferralGraph.Empty.Referrals);
        Assert.Empty(ReferralGraph.Empty.RefereesOf(A));
        Assert.False(ReferralGraph.Empty.TryGetReferrer(A, out _));
    }

    [Fact]
    public void Unset_and_null_edges_are_wrong_arguments_naming_them()
    {
        Assert.Equal("referrals", Assert.Throws<ArgumentNullException>(() => ReferralGraph.From(null!)).ParamName);
        Assert.Equal("referrals", Assert.Throws<ArgumentException>(() => ReferralGraph.From([default(Referral)])).ParamName);
        Assert.Equal("referrer", Assert.Throws<ArgumentException>(() => Referral.Of(default, B)).ParamName);
        Assert.Equal("referee", Assert.Throws<ArgumentException>(() => Referral.Of(A, default)).ParamName);
    }

    [Fact]
    public void Edges_are_equal_when_their_members_and_terms_are()
    {
        var ab = Referral.Of(A, B);
        object boxed = Referral.Of(A, B);
        Assert.True(ab == Referral.Of(A, B));
        Assert.False(ab != Referral.Of(A, B));
        Assert.True(ab != Referral.Of(B, A));
        Assert.False(ab == Referral.Of(A, C));
        Assert.True(ab.Equals(boxed));
        Assert.False(ab.Equals((object?)null));
        Assert.False(ab.Equals((object)"member-a → member-b"));
        Assert.Equal(ab.GetHashCode(), Referral.Of(A, B).GetHashCode());
        Assert.Single(new HashSet<Referral> { ab, Referral.Of(A, B) });
        Assert.Null(ab.Campaign);
        Assert.Null(ab.At);
        Assert.Equal("member-a → member-b", ab.ToString());
    }
}
