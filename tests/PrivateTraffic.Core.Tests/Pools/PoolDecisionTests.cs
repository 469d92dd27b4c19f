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

/// <summary>Decide, then apply: deciding changes nothing, a decision applies whole as the one-call command would, a stale
/// one is refused whole, and a command whose derived ids are taken is refused whole.</summary>
public sealed class PoolDecisionTests
{
    private static string Json(PrivatePool pool) => PrivateTrafficJson.Serialize(pool);

    private static string EventsJson(IEnumerable<PoolEvent> events) => PrivateTrafficJson.Serialize<IReadOnlyList<PoolEvent>>(events.ToList());

    /// <summary>Runs a call; returns the refusal (ArgumentException or DomainRuleException), or null when it succeeded.</summary>
    private static Exception? Refusal(Action call)
    {
        try
        {
            call();
            return null;
        }
        catch (Exception ex) when (ex is ArgumentException or DomainRuleException)
        {
            return ex;
        }
    }

    private static string Describe(Exception? ex) => ex switch
    {
        null => "ok",
        DomainRuleException d => d.Code,
        _ => ex.GetType().Name,
    };

    [DeepProperty(runs: 60)]
    public Property Deciding_changes_nothing_and_applying_the_decision_gives_the_pool_the_one_call_command_gives() =>
        Prop.ForAll(Generators.PoolCommandCases, c =>
        {
            var decided = Generators.RunPoolScript(c.Setup, c.Script);
            var oneCall = Generators.RunPoolScript(c.Setup, c.Script);
            for (var n = 0; n < c.Commands.Length; n++)
            {
                var command = c.Commands[n];
                var id = DomainEventId.From("c" + (command.ReuseId && n > 0 ? n - 1 : n).ToString(CultureInfo.InvariantCulture));
                var before = Json(decided);
                var version = decided.Version;
                var pending = decided.PendingEvents.Count;

                PoolDecision? decision = null;
                var decideRefusal = Refusal(() => decision = Generators.PoolCommandOn(decided, command, id).Decide());
                Assert.Equal(before, Json(decided));
                Assert.Equal(version, decided.Version);
                Assert.Equal(pending, decided.PendingEvents.Count);

                var pendingBefore = oneCall.PendingEvents.Count;
                var runRefusal = Refusal(() => Generators.PoolCommandOn(oneCall, command, id).Run());
                Assert.Equal(Describe(decideRefusal), Describe(runRefusal));
                if (decision is null)
                {
                    Assert.Equal(before, Json(oneCall));
                    continue;
                }

                Assert.Equal(version, decision.BaseVersion);
                Assert.Equal(decision.IsRepeat, decision.Events.Count == 0);
                Assert.Equal(!decision.IsRepeat, decided.Apply(decision));
                Assert.Equal(version + decision.Events.Count, decided.Version);
                Assert.Equal(Json(oneCall), Json(decided));
                if (!command.Kind.Equals(10))
                {
                    // The one-call command records exactly the decided events as pending.
                    Assert.Equal(EventsJson(decision.Events), EventsJson(oneCall.PendingEvents.Skip(pendingBefore)));
                }

                // The same command again is a repeat with no events, and applying it changes nothing.
                var after = Json(decided);
                var again = Generators.PoolCommandOn(decided, command, id).Decide();
                Assert.True(again.IsRepeat || decision.IsRepeat, $"Deciding {command} again is not a repeat.");
                Assert.Empty(again.Events);
                Assert.False(decided.Apply(again));
                Assert.Equal(after, Json(decided));
            }
        });

    [DeepProperty(runs: 60)]
    public Property A_decision_applied_after_another_change_is_refused_as_stale_and_changes_nothing() =>
        Prop.ForAll(Generators.PoolCommandCases, c =>
        {
            var pool = Generators.RunPoolScript(c.Setup with { FutureTolerance = null }, c.Script);
            for (var n = 0; n < c.Commands.Length; n++)
            {
                PoolDecision decision;
                try
                {
                    decision = Generators.PoolCommandOn(pool, c.Commands[n], DomainEventId.From("c" + n.ToString(CultureInfo.InvariantCulture))).Decide();
                }
                catch (Exception ex) when (ex is ArgumentException or DomainRuleException)
                {
                    continue;
                }

                if (decision.IsRepeat)
                {
                    continue;
                }

                // Another change comes first: a new member if there is room, else a consent of a present member.
                var change = DomainEventId.From("other" + n.ToString(CultureInfo.InvariantCulture));
                var present = pool.Members.FirstOrDefault(m => m.LeftAt is null);
                Assert.True(!pool.IsFull
                    ? pool.Capture(MemberId.From("member-new-" + n.ToString(CultureInfo.InvariantCulture)), Generators.ClerkWeChat, pool.LatestAt, change)
                    : pool.GrantConsent(present!.Id, ConsentPurpose.Service, Generators.ClerkWeChat, pool.LatestAt, change));
                var before = Json(pool);
                var ex2 = Assert.Throws<DomainRuleException>(() => pool.Apply(decision));
                Assert.Equal(DomainRuleCodes.PoolStaleDecision, ex2.Code);
                Assert.Equal(before, Json(pool));
            }
        });

    [Fact]
    public void A_decision_from_another_pool_object_is_refused()
    {
        var a = Generators.NewScriptPool();
        var b = Generators.NewScriptPool();
        var decision = a.DecideCapture(Generators.ScriptMember(1), Generators.ClerkWeChat, Generators.PoolEpoch, DomainEventId.From("c1"));
        var before = Json(b);
        Assert.Throws<ArgumentException>(() => b.Apply(decision));
        Assert.Equal(before, Json(b));
    }

    /// <summary>Which derived id a command takes: the command (run on the pool with the base id) and the suffix.</summary>
    private static readonly (string Suffix, string Command)[] DerivedIds =
    [
        ("referral", "referred capture"),
        ("referrer-stage", "referred capture"),
        ("stage", "purchase"),
        ("stage", "interaction"),
        ("stage", "leave"),
    ];

    [DeepProperty]
    public Property A_command_whose_derived_id_is_taken_is_refused_whole() =>
        Prop.ForAll(Generators.Pair(Generators.PoolScripts, Gen.Choose(0, DerivedIds.Length - 1).ToArbitrary()), c =>
        {
            var (script, which) = c;
            var pool = Generators.RunPoolScript(script, capacity: null);
            var at = pool.LatestAt;
            var (suffix, command) = DerivedIds[which];
            var present = pool.Members.FirstOrDefault(m => m.LeftAt is null)?.Id ?? MemberId.From("member-present");
            if (!pool.Contains(present))
            {
                Assert.True(pool.Capture(present, Generators.ClerkWeChat, at, DomainEventId.From("present")));
            }

            // Another event takes the id the command would derive.
            Assert.True(pool.Capture(MemberId.From("member-taker"), Generators.ClerkWeChat, at, DomainEventId.From("cmd~" + suffix)));
            var before = Json(pool);
            var version = pool.Version;
            var id = DomainEventId.From("cmd");
            var newcomer = MemberId.From("member-newcomer");
            Action run = command switch
            {
                "referred capture" => () => pool.Capture(newcomer, Generators.ClerkWeChat, at, id, referredBy: new ReferredBy(present, CampaignId.From("c"))),
                "purchase" => () => pool.RecordPurchase(present, "skincare", Money.Yuan(10m), at, id),
                "interaction" => () => pool.RecordInteraction(present, "reply", at, id),
                _ => () => pool.Leave(present, LeaveReason.Left, at, id),
            };
            var ex = Assert.Throws<DomainRuleException>(run);
            Assert.Equal(DomainRuleCodes.PoolEventIdTaken, ex.Code);
            Assert.Equal(before, Json(pool));
            Assert.Equal(version, pool.Version);
            Assert.False(pool.Contains(newcomer));
        });

    [Fact]
    public void A_review_whose_second_derived_id_is_taken_is_refused_whole()
    {
        var pool = Generators.NewScriptPool(capacity: null);
        pool.Capture(Generators.ScriptMember(1), Generators.ClerkWeChat, Generators.PoolEpoch, DomainEventId.From("c1"));
        pool.Capture(Generators.ScriptMember(2), Generators.ClerkWeChat, Generators.PoolEpoch, DomainEventId.From("c2"));
        var asOf = Generators.PoolEpoch + Duration.FromDays(100);
        // The review itself, then the two members gone dormant.
        Assert.Equal(3, pool.DecideReview(asOf, DomainEventId.From("r")).Events.Count);
        pool.RecordInteraction(Generators.ScriptMember(1), "reply", Generators.PoolEpoch, DomainEventId.From("r~1"));
        var before = Json(pool);
        var ex = Assert.Throws<DomainRuleException>(() => pool.Review(asOf, DomainEventId.From("r")));
        Assert.Equal(DomainRuleCodes.PoolEventIdTaken, ex.Code);
        Assert.Equal(before, Json(pool));
    }

    [Fact]
    public void A_prospect_who_refers_becomes_an_advocate_at_once_and_stays_one_after_buying()
    {
        var pool = Generators.NewScriptPool(capacity: null);
        var zhang = Generators.ScriptMember(1);
        var wang = Generators.ScriptMember(2);
        var t = Generators.PoolEpoch;
        pool.Capture(zhang, Generators.ClerkWeChat, t, DomainEventId.From("c1"));
        var decision = pool.DecideCapture(wang, Generators.ClerkWeChat, t + Duration.FromHours(1), DomainEventId.From("c2"), referredBy: new ReferredBy(zhang));
        Assert.Equal(
            [MemberCaptured.TypeName, MemberReferred.TypeName, StageChanged.TypeName],
            decision.Events.Select(e => e.Type));
        Assert.Equal("c2~referrer-stage", decision.Events[2].EventId.Value);
        pool.Apply(decision);
        var history = pool.PendingEvents.Concat(decision.Events).ToList();
        Assert.Equal(LifecycleStage.Advocate, pool.Find(zhang)!.Stage);
        Assert.Equal(LifecycleStage.Advocate, pool.StageOf(zhang, t + Duration.FromHours(1)));

        pool.RecordPurchase(zhang, "skincare", Money.Yuan(99m), t + Duration.FromHours(2), DomainEventId.From("p1"));
        pool.RecordPurchase(zhang, "makeup", Money.Yuan(99m), t + Duration.FromHours(3), DomainEventId.From("p2"));
        Assert.Equal(LifecycleStage.Advocate, pool.Find(zhang)!.Stage);
        Assert.Equal(LifecycleStage.Advocate, pool.StageOf(zhang, t + Duration.FromHours(3)));
        Assert.Equal(Json(pool), Json(PrivatePool.Rebuild(history.Concat(pool.PendingEvents.Skip(2)))));
    }
}
