using System;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Pools;

/// <summary>Restore's checks one at a time: each change below breaks one rule only, and the refusal names that rule
/// (found by the mutation run over Pools, issue 10: with a check removed, such a snapshot was still refused by another
/// check, or loaded, and no Pools test told the difference).</summary>
public sealed class PoolSnapshotSingleRuleTests
{
    private static readonly Instant T0 = Instant.FromUtc(2024, 1, 1, 0, 0);
    private static readonly ChannelId Counter = ChannelId.From("counter-sample");

    private static MemberId M(string name) => MemberId.From("member-" + name);

    private static Instant Day(int d) => T0 + Duration.FromDays(d);

    /// <summary>A buys once; B is referred by A in a spring campaign; C is captured; a capacity of three.</summary>
    private static PoolSnapshot Fixture()
    {
        var pool = Generators.NewCounterPool(T0, capacity: 3);
        pool.Capture(M("a"), Counter, Day(1), DomainEventId.From("e1"));
        pool.RecordPurchase(M("a"), "skincare", Money.Yuan(99m), Day(2), DomainEventId.From("e2"));
        pool.Capture(M("b"), Counter, Day(3), DomainEventId.From("e3"), referredBy: new ReferredBy(M("a"), CampaignId.From("spring")));
        pool.Capture(M("c"), Counter, Day(4), DomainEventId.From("e4"));
        return pool.ToSnapshot();
    }

    private static PoolSnapshot WithEntry(PoolSnapshot s, int i, Func<MemberSnapshot, MemberSnapshot> change)
    {
        var members = s.Members.ToArray();
        members[i] = change(members[i]);
        return s with { Members = members };
    }

    private const int A = 0, B = 1, C = 2;

    public static TheoryData<string> Cases => new(Rules.Select(r => r.Rule));

    private static readonly (string Rule, string Where, Func<PoolSnapshot, PoolSnapshot> Break)[] Rules =
    [
        ("repeats a member id", "member entry 2 ", s => WithEntry(s, C, m => m with { Id = M("b") })),
        ("has referral details but no referral instant", "member entry 1 ", s => WithEntry(s, B, m => m with { ReferredAt = null })),
        ("has a referral instant outside its membership", "member entry 1 ", s => WithEntry(s, B, m => m with { ReferredAt = m.CapturedAt - Duration.FromHours(1) })),
        ("holds more present members than its capacity", "it ", s => s with { Definition = s.Definition with { Capacity = 2 } }),
        ("repeats an event id", "it ", s => s with { RecentEventIds = [.. s.RecentEventIds.Take(s.RecentEventIds.Count - 1), s.RecentEventIds[1]] }),
        ("events for", "it ", s => s with { Version = int.MaxValue }),
        ("has more than 64 tags", "member entry 0 ", s => WithEntry(s, A, m => m with { Tags = [.. Enumerable.Range(0, 65).Select(k => "tag-" + k)] })),
        ("has a latest instant before its members' latest event", "it ", s => s with { LatestAt = Instant.MaxValue }),
    ];

    [Fact]
    public void The_fixture_loads() => PrivatePool.Restore(Fixture());

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_snapshot_breaking_one_rule_is_refused_by_that_rule(string rule)
    {
        var (_, where, change) = Rules.Single(r => r.Rule == rule);
        var ex = Assert.Throws<DomainRuleException>(() => PrivatePool.Restore(change(Fixture())));
        Assert.Equal(DomainRuleCodes.PoolInvalidSnapshot, ex.Code);
        Assert.StartsWith("No history produces this snapshot: " + where, ex.Message, StringComparison.Ordinal);
        Assert.Contains(rule, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sixty_four_tags_load() =>
        PrivatePool.Restore(WithEntry(Fixture(), A, m => m with { Tags = [.. Enumerable.Range(0, 64).Select(k => "tag-" + k)] }));

    [Fact]
    public void Null_parts_are_wrong_arguments_naming_them()
    {
        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => PrivatePool.Restore(null!)).ParamName);
        Assert.Equal("Members", Assert.Throws<ArgumentNullException>(() => PrivatePool.Restore(Fixture() with { Members = null! })).ParamName);
        Assert.Equal("RecentEventIds", Assert.Throws<ArgumentNullException>(() => PrivatePool.Restore(Fixture() with { RecentEventIds = null! })).ParamName);
    }
}
