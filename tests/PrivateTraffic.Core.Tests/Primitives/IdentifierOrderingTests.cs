using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Primitives;

/// <summary>
/// The laws every identifier type keeps: equality and order are those of the text compared ordinally, the order is
/// total and agrees with Equals, and the four operators say what CompareTo says. Each id type is its own struct
/// (no shared base), so each is checked through the same laws with its own operators.
/// </summary>
public sealed class IdentifierOrderingTests
{
    // One id type's surface, so that the laws are written once and checked for all five.
    private sealed record IdKind<T>(
        Func<string, T> From,
        Func<T, T, bool> Less,
        Func<T, T, bool> LessOrEqual,
        Func<T, T, bool> Greater,
        Func<T, T, bool> GreaterOrEqual,
        Func<T, T, bool> Same,
        Func<T, T, bool> Differ)
        where T : struct, IEquatable<T>, IComparable<T>;

    private static readonly IdKind<CampaignId> Campaigns = new(CampaignId.From, (a, b) => a < b, (a, b) => a <= b, (a, b) => a > b, (a, b) => a >= b, (a, b) => a == b, (a, b) => a != b);
    private static readonly IdKind<DomainEventId> Events = new(DomainEventId.From, (a, b) => a < b, (a, b) => a <= b, (a, b) => a > b, (a, b) => a >= b, (a, b) => a == b, (a, b) => a != b);
    private static readonly IdKind<PoolId> Pools = new(PoolId.From, (a, b) => a < b, (a, b) => a <= b, (a, b) => a > b, (a, b) => a >= b, (a, b) => a == b, (a, b) => a != b);
    private static readonly IdKind<MemberId> Members = new(MemberId.From, (a, b) => a < b, (a, b) => a <= b, (a, b) => a > b, (a, b) => a >= b, (a, b) => a == b, (a, b) => a != b);
    private static readonly IdKind<ChannelId> Channels = new(ChannelId.From, (a, b) => a < b, (a, b) => a <= b, (a, b) => a > b, (a, b) => a >= b, (a, b) => a == b, (a, b) => a != b);

    // Pairs drawn from a small alphabet so that equal texts, prefixes and case differences come up often.
    private static readonly Arbitrary<(string, string)> TextPairs = Generators.Pair(
        Gen.Elements("a", "b", "A", "ab", "aB", "b0", "会员", "m-1", "m_1", "z").ToArbitrary(),
        Gen.Elements("a", "b", "A", "ab", "aB", "b0", "会员", "m-1", "m_1", "z").ToArbitrary());

    [DeepProperty]
    public Property Campaign_ids_are_ordered_as_their_ordinal_text() => Prop.ForAll(TextPairs, t => OrderedAsText(Campaigns, t));

    [DeepProperty]
    public Property Event_ids_are_ordered_as_their_ordinal_text() => Prop.ForAll(TextPairs, t => OrderedAsText(Events, t));

    [DeepProperty]
    public Property Pool_ids_are_ordered_as_their_ordinal_text() => Prop.ForAll(TextPairs, t => OrderedAsText(Pools, t));

    [DeepProperty]
    public Property Member_ids_are_ordered_as_their_ordinal_text() => Prop.ForAll(TextPairs, t => OrderedAsText(Members, t));

    [DeepProperty]
    public Property Channel_ids_are_ordered_as_their_ordinal_text() => Prop.ForAll(TextPairs, t => OrderedAsText(Channels, t));

    [Fact]
    public void Every_kind_orders_equal_smaller_and_larger_pairs_at_the_boundaries()
    {
        Boundaries(Campaigns);
        Boundaries(Events);
        Boundaries(Pools);
        Boundaries(Members);
        Boundaries(Channels);
    }

    [Fact]
    public void The_unset_id_sorts_first_equals_only_itself_and_hashes_without_throwing()
    {
        Unset(Campaigns);
        Unset(Events);
        Unset(Pools);
        Unset(Members);
        Unset(Channels);
    }

    [Fact]
    public void Sorting_ids_sorts_their_text_ordinally()
    {
        string[] texts = ["b", "a", "B", "会员", "a-2", "a-10", "A"];
        var expected = texts.OrderBy(s => s, StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, texts.Select(MemberId.From).Order().Select(id => id.Value).ToArray());
        Assert.Equal(expected, texts.Select(CampaignId.From).Order().Select(id => id.Value).ToArray());
        Assert.Equal(expected, texts.Select(DomainEventId.From).Order().Select(id => id.Value).ToArray());
        Assert.Equal(expected, texts.Select(PoolId.From).Order().Select(id => id.Value).ToArray());
        Assert.Equal(expected, texts.Select(ChannelId.From).Order().Select(id => id.Value).ToArray());
    }

    [Fact]
    public void Equals_object_accepts_only_an_equal_id_of_the_same_type()
    {
        Assert.True(MemberId.From("m1").Equals((object)MemberId.From("m1")));
        Assert.False(MemberId.From("m1").Equals((object)MemberId.From("m2")));
        Assert.False(MemberId.From("m1").Equals((object)PoolId.From("m1")));
        Assert.False(MemberId.From("m1").Equals("m1"));
        Assert.False(MemberId.From("m1").Equals(null));
        Assert.True(CampaignId.From("c1").Equals((object)CampaignId.From("c1")));
        Assert.False(CampaignId.From("c1").Equals((object)CampaignId.From("c2")));
        Assert.False(CampaignId.From("c1").Equals("c1"));
        Assert.True(DomainEventId.From("e1").Equals((object)DomainEventId.From("e1")));
        Assert.False(DomainEventId.From("e1").Equals((object)DomainEventId.From("e2")));
        Assert.False(DomainEventId.From("e1").Equals("e1"));
        Assert.True(PoolId.From("p1").Equals((object)PoolId.From("p1")));
        Assert.False(PoolId.From("p1").Equals((object)PoolId.From("p2")));
        Assert.False(PoolId.From("p1").Equals("p1"));
        Assert.True(ChannelId.From("wecom").Equals((object)ChannelId.From("wecom")));
        Assert.False(ChannelId.From("wecom").Equals((object)ChannelId.From("sms")));
        Assert.False(ChannelId.From("wecom").Equals("wecom"));
    }

    [Fact]
    public void Try_from_gives_the_id_or_the_unset_id()
    {
        Assert.True(CampaignId.TryFrom("c1", out var campaign));
        Assert.Equal("c1", campaign.Value);
        Assert.False(CampaignId.TryFrom(" c1", out campaign));
        Assert.True(campaign.IsUnset);
        Assert.True(DomainEventId.TryFrom("e1", out var evt));
        Assert.Equal("e1", evt.Value);
        Assert.False(DomainEventId.TryFrom(null, out evt));
        Assert.True(evt.IsUnset);
        Assert.True(PoolId.TryFrom("p1", out var pool));
        Assert.Equal("p1", pool.Value);
        Assert.False(PoolId.TryFrom("", out pool));
        Assert.True(pool.IsUnset);
        Assert.True(MemberId.TryFrom("m1", out var member));
        Assert.Equal("m1", member.ToString());
        Assert.False(MemberId.TryFrom("m\u0001", out member));
        Assert.True(member.IsUnset);
        Assert.True(ChannelId.TryFrom("wecom", out var channel));
        Assert.Equal("wecom", channel.ToString());
        Assert.False(ChannelId.TryFrom(new string('c', 129), out channel));
        Assert.True(channel.IsUnset);
    }

    private static bool OrderedAsText<T>(IdKind<T> kind, (string, string) texts)
        where T : struct, IEquatable<T>, IComparable<T>
    {
        var (x, y) = texts;
        var (a, b) = (kind.From(x), kind.From(y));
        var expected = Math.Sign(string.CompareOrdinal(x, y));
        Assert.Equal(expected, Math.Sign(a.CompareTo(b)));
        Assert.Equal(-expected, Math.Sign(b.CompareTo(a)));
        Assert.Equal(expected == 0, a.Equals(b));
        Assert.Equal(expected == 0, kind.Same(a, b));
        Assert.Equal(expected != 0, kind.Differ(a, b));
        Assert.Equal(expected < 0, kind.Less(a, b));
        Assert.Equal(expected <= 0, kind.LessOrEqual(a, b));
        Assert.Equal(expected > 0, kind.Greater(a, b));
        Assert.Equal(expected >= 0, kind.GreaterOrEqual(a, b));
        if (expected == 0)
        {
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }

        return true;
    }

    private static void Boundaries<T>(IdKind<T> kind)
        where T : struct, IEquatable<T>, IComparable<T>
    {
        var (a, a2, b) = (kind.From("a"), kind.From("a"), kind.From("b"));
        Assert.True(kind.Less(a, b) && !kind.Less(b, a) && !kind.Less(a, a2));
        Assert.True(kind.LessOrEqual(a, b) && !kind.LessOrEqual(b, a) && kind.LessOrEqual(a, a2));
        Assert.True(kind.Greater(b, a) && !kind.Greater(a, b) && !kind.Greater(a, a2));
        Assert.True(kind.GreaterOrEqual(b, a) && !kind.GreaterOrEqual(a, b) && kind.GreaterOrEqual(a, a2));
        Assert.True(kind.Same(a, a2) && !kind.Same(a, b));
        Assert.True(kind.Differ(a, b) && !kind.Differ(a, a2));
        Assert.Equal(0, a.CompareTo(a2));

        // "B" < "a" ordinally (65 < 97), though a culture-aware comparison puts "a" first.
        Assert.True(kind.Less(kind.From("B"), kind.From("a")));

        // Hashes follow the text: a few different ids do not all share one hash.
        Assert.True(new[] { "a", "b", "c", "d", "e" }.Select(s => kind.From(s).GetHashCode()).Distinct().Count() > 1);
    }

    private static void Unset<T>(IdKind<T> kind)
        where T : struct, IEquatable<T>, IComparable<T>
    {
        var unset = default(T);
        var some = kind.From("a");
        Assert.True(unset.CompareTo(some) < 0);
        Assert.True(some.CompareTo(unset) > 0);
        Assert.Equal(0, unset.CompareTo(default));
        Assert.True(kind.Less(unset, some));
        Assert.True(unset.Equals(default(T)));
        Assert.False(unset.Equals(some));
        Assert.False(some.Equals(unset));
        Assert.Equal(default(T).GetHashCode(), unset.GetHashCode());
    }
}
