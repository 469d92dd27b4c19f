using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Pools;

/// <summary>Time discipline: events from the future past the definition's tolerance are refused, late events follow the
/// per-member order, and the ends of time are refused or accepted cleanly, never with another exception.</summary>
public sealed class PoolTimeTests
{
    private static readonly MemberId Zhang = Generators.ScriptMember(1);
    private static readonly MemberId Wang = Generators.ScriptMember(2);

    private static string Json(PrivatePool pool) => PrivateTrafficJson.Serialize(pool);

    private static PrivatePool Open(Duration? tolerance) =>
        Generators.OpenPool(new PoolSetup(null, null, tolerance));

    private static void AssertRefused(PrivatePool pool, string code, Action command)
    {
        var before = Json(pool);
        var version = pool.Version;
        var ex = Assert.Throws<DomainRuleException>(command);
        Assert.Equal(code, ex.Code);
        Assert.Equal(before, Json(pool));
        Assert.Equal(version, pool.Version);
    }

    [Fact]
    public void A_purchase_dated_2099_is_refused_with_a_tolerance_of_two_days_and_accepted_without_one()
    {
        var t = Generators.PoolEpoch + Duration.FromDays(1);
        var strict = Open(Duration.FromDays(2));
        strict.Capture(Zhang, Generators.ClerkWeChat, t, DomainEventId.From("c1"));
        AssertRefused(strict, DomainRuleCodes.PoolEventInFuture,
            () => strict.RecordPurchase(Zhang, "skincare", Money.Yuan(99m), Instant.FromUtc(2099, 1, 1, 0, 0), DomainEventId.From("p1")));

        // The member's real events go on.
        Assert.True(strict.RecordPurchase(Zhang, "skincare", Money.Yuan(99m), t + Duration.FromDays(1), DomainEventId.From("p2")));

        var lax = Open(null);
        lax.Capture(Zhang, Generators.ClerkWeChat, t, DomainEventId.From("c1"));
        Assert.True(lax.RecordPurchase(Zhang, "skincare", Money.Yuan(99m), Instant.FromUtc(2099, 1, 1, 0, 0), DomainEventId.From("p1")));
    }

    [DeepProperty]
    public Property An_event_past_the_tolerance_is_refused_and_one_within_it_is_accepted() =>
        Prop.ForAll(
            Generators.Triple(Generators.PoolScripts, Gen.Choose(1, 30 * 24).ToArbitrary(), Gen.Choose(-60, 60 * 24 * 60).ToArbitrary()),
            c =>
            {
                var (script, toleranceHours, offsetMinutes) = c;
                var tolerance = Duration.FromHours(toleranceHours);
                var pool = Generators.PlayPoolScript(Open(tolerance), script, Generators.PoolEpoch, "e");
                var member = pool.Members.FirstOrDefault(m => m.LeftAt is null)?.Id;
                if (member is not { } present)
                {
                    return;
                }

                var at = pool.LatestAt + Duration.FromMinutes(offsetMinutes);
                if (at - pool.LatestAt > tolerance)
                {
                    AssertRefused(pool, DomainRuleCodes.PoolEventInFuture, () => pool.RecordInteraction(present, "reply", at, DomainEventId.From("x")));
                }
                else if (at >= LastEventAt(pool, present))
                {
                    Assert.True(pool.RecordInteraction(present, "reply", at, DomainEventId.From("x")));
                }
                else
                {
                    AssertRefused(pool, DomainRuleCodes.PoolEventOutOfOrder, () => pool.RecordInteraction(present, "reply", at, DomainEventId.From("x")));
                }
            });

    [DeepProperty]
    public Property A_late_event_is_accepted_unless_it_is_before_its_members_last_event() =>
        Prop.ForAll(Generators.Pair(Generators.PoolScripts, Gen.Choose(0, 1000).ToArbitrary()), c =>
        {
            var pool = Generators.RunPoolScript(c.Item1, capacity: null);
            var members = pool.Members.Where(m => m.LeftAt is null).ToList();
            if (members.Count == 0)
            {
                return;
            }

            var member = members[c.Item2 % members.Count].Id;
            // An instant between the pool's creation and its latest instant.
            var at = pool.CreatedAt + ((pool.LatestAt - pool.CreatedAt) * (c.Item2 / 1000.0));
            var id = DomainEventId.From("late");
            if (at >= LastEventAt(pool, member))
            {
                Assert.True(pool.RecordInteraction(member, "reply", at, id));
                Assert.Equal(Json(pool), Json(PrivatePool.Rebuild(pool.PendingEvents)));
            }
            else
            {
                AssertRefused(pool, DomainRuleCodes.PoolEventOutOfOrder, () => pool.RecordInteraction(member, "reply", at, id));
            }
        });

    [Fact]
    public void A_late_event_of_another_member_is_accepted_and_one_before_the_members_last_is_refused()
    {
        var pool = Open(Duration.FromDays(2));
        var t = Generators.PoolEpoch;
        Assert.True(pool.Capture(Zhang, Generators.ClerkWeChat, t + Duration.FromDays(1), DomainEventId.From("c1")));
        Assert.True(pool.Capture(Wang, Generators.ClerkWeChat, t + Duration.FromDays(2), DomainEventId.From("c2")));
        Assert.True(pool.RecordInteraction(Wang, "reply", t + Duration.FromDays(3), DomainEventId.From("i1")));
        Assert.True(pool.RecordPurchase(Zhang, "skincare", Money.Yuan(9m), t + Duration.FromDays(2), DomainEventId.From("p1")));
        Assert.Equal(t + Duration.FromDays(3), pool.LatestAt);
        AssertRefused(pool, DomainRuleCodes.PoolEventOutOfOrder,
            () => pool.RecordPurchase(Zhang, "skincare", Money.Yuan(9m), t + Duration.FromDays(1.5), DomainEventId.From("p2")));
        AssertRefused(pool, DomainRuleCodes.PoolEventOutOfOrder,
            () => pool.Capture(Generators.ScriptMember(3), Generators.ClerkWeChat, t - Duration.Epsilon, DomainEventId.From("c3")));
    }

    public static TheoryData<string, bool> EndsOfTime() => new()
    {
        { "min", false }, { "min", true }, { "max", false }, { "max", true }, { "max-1", false }, { "max-1", true },
    };

    /// <summary>Every command at Instant.MinValue, Instant.MaxValue or just before it, with and without a tolerance: a
    /// refusal is an ArgumentException or a DomainRuleException and changes nothing; what is accepted keeps a pool that
    /// still writes and reads its own snapshot and rebuilds from its events.</summary>
    [Theory]
    [MemberData(nameof(EndsOfTime))]
    public void Commands_at_the_ends_of_time_are_refused_cleanly_or_leave_a_pool_that_restores(string when, bool tolerance)
    {
        var at = when switch { "min" => Instant.MinValue, "max" => Instant.MaxValue, _ => Instant.MaxValue - Duration.Epsilon };
        var commands = new Func<PrivatePool, int, bool>[]
        {
            (p, n) => p.Capture(MemberId.From("member-new"), Generators.ClerkWeChat, at, Id(n)),
            (p, n) => p.Capture(MemberId.From("member-ref"), Generators.ClerkWeChat, at, Id(n), referredBy: new ReferredBy(Zhang)),
            (p, n) => p.RecordPurchase(Zhang, "skincare", Money.Yuan(1m), at, Id(n)),
            (p, n) => p.RecordInteraction(Zhang, "reply", at, Id(n)),
            (p, n) => p.Leave(Zhang, LeaveReason.Left, at, Id(n)),
            (p, n) => p.Move(Zhang, "customers", at, Id(n)),
            (p, n) => p.GrantConsent(Zhang, ConsentPurpose.Marketing, Generators.ClerkWeChat, at, Id(n)),
            (p, n) => p.Erase(Zhang, at, Id(n)),
            (p, n) => p.Review(at, Id(n)) >= 0,
        };

        for (var k = 0; k < commands.Length; k++)
        {
            var pool = Open(tolerance ? Duration.FromDays(2) : null);
            pool.Capture(Zhang, Generators.ClerkWeChat, Generators.PoolEpoch, DomainEventId.From("c-zhang"));
            pool.RecordPurchase(Zhang, "skincare", Money.Yuan(1m), Generators.PoolEpoch, DomainEventId.From("p-zhang"));
            var before = Json(pool);
            try
            {
                commands[k](pool, k);
            }
            catch (Exception ex) when (ex is ArgumentException or DomainRuleException)
            {
                Assert.Equal(before, Json(pool));
                continue;
            }

            // Accepted: the pool must still be a pool some history gives, and read back.
            var json = Json(pool);
            Assert.Equal(json, Json(PrivatePool.Rebuild(pool.PendingEvents)));
            Assert.Equal(json, Json(PrivateTrafficJson.Deserialize<PrivatePool>(json)));
            Assert.Equal(json, Json(PrivatePool.Restore(pool.ToSnapshot())));
        }

        static DomainEventId Id(int n) => DomainEventId.From("end-" + n.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Stages_and_reviews_at_the_ends_of_time_do_not_throw_and_a_refused_review_changes_nothing(bool tolerance)
    {
        var pool = Open(tolerance ? Duration.FromDays(2) : null);
        pool.Capture(Zhang, Generators.ClerkWeChat, Generators.PoolEpoch, DomainEventId.From("c-zhang"));
        foreach (var asOf in new[] { Instant.MinValue, Instant.MaxValue, Instant.MaxValue - Duration.Epsilon })
        {
            _ = pool.StageOf(Zhang, asOf);
            var before = Json(pool);
            try
            {
                pool.Review(asOf, DomainEventId.From("review"));
            }
            catch (Exception ex) when (ex is DomainRuleException || (ex is ArgumentException && asOf == Instant.MaxValue))
            {
                // Instant.MaxValue is the pool's "never": a review dated there is a misuse of the argument.
                Assert.Equal(before, Json(pool));
            }
        }
    }

    private static Instant LastEventAt(PrivatePool pool, MemberId member) =>
        pool.ToSnapshot().Members.Single(m => m.Id == member).LastEventAt;
}
