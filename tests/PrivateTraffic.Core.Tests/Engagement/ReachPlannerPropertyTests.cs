using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using Xunit;
using Made = PrivateTraffic.Core.Tests.Engagement.ReachReference.Made;

namespace PrivateTraffic.Core.Tests.Engagement;

/// <summary>The planner's decisions against the slow stepping reference, on generated scenarios in DST zones.</summary>
public sealed class ReachPlannerPropertyTests
{
    [DeepProperty(runs: 60)]
    public Property Every_decision_holds_and_no_earlier_minute_does() => Prop.ForAll(Generators.ReachScenarios(), s =>
    {
        var decisions = new ReachPlanner(s.Policy).Plan(s.Touches, s.BuildHistory());
        var made = InitialMade(s);
        for (var i = 0; i < s.Touches.Length; i++)
        {
            var touch = s.Touches[i];
            var d = decisions[i];
            var profile = s.Profiles.FirstOrDefault(p => p.Member == touch.Member);
            if (profile is null)
            {
                Assert.Equal((ReachDecisionKind.Deny, ReachReason.NoContactProfile), (d.Kind, d.Reason));
                continue;
            }

            var mine = made.TryGetValue(touch.Member, out var list) ? list : [];
            bool Holds(Instant t) => ReachReference.Holds(s.Policy, profile, touch, mine, t);
            var requested = touch.NotBefore;
            var stepEnd = d.Kind == ReachDecisionKind.Deny ? requested + s.Policy.Horizon : d.At - Duration.FromSeconds(1);
            for (var t = requested; d.Kind != ReachDecisionKind.Allow && t <= stepEnd; t += Duration.FromMinutes(1))
            {
                Assert.False(Holds(t), $"{s}: touch {i} ({d}) holds earlier, at {t}");
            }

            if (d.IsPlaced)
            {
                Assert.True(Holds(d.At), $"{s}: touch {i} ({d}) does not hold at its instant");
                Assert.True(d.At >= requested && d.At <= requested + s.Policy.Horizon);
                if (touch.Class == MessageClass.Marketing)
                {
                    Add(made, touch.Member, new Made(d.At, touch.ChannelKind, touch.Mode));
                }
            }
        }
    });

    [DeepProperty(runs: 100)]
    public Property A_plan_never_breaks_a_cap_a_quiet_hour_a_pause_or_a_consent() => Prop.ForAll(Generators.ReachScenarios(), s =>
    {
        var decisions = new ReachPlanner(s.Policy).Plan(s.Touches, s.BuildHistory());
        var all = InitialMade(s);
        var placed = new List<(ProposedTouch Touch, Made Made)>();
        for (var i = 0; i < s.Touches.Length; i++)
        {
            if (decisions[i].IsPlaced && s.Touches[i].Class == MessageClass.Marketing)
            {
                var m = new Made(decisions[i].At, s.Touches[i].ChannelKind, s.Touches[i].Mode);
                Add(all, s.Touches[i].Member, m);
                placed.Add((s.Touches[i], m));
            }
        }

        for (var i = 0; i < s.Touches.Length; i++)
        {
            var touch = s.Touches[i];
            if (!decisions[i].IsPlaced)
            {
                continue;
            }

            var profile = s.Profiles.Single(p => p.Member == touch.Member);
            var me = new Made(decisions[i].At, touch.ChannelKind, touch.Mode);
            var others = all.TryGetValue(touch.Member, out var list) ? list.ToList() : [];
            if (touch.Class == MessageClass.Marketing)
            {
                others.Remove(me);
            }

            // Fatigue looks backward only, so a later-planned touch placed earlier in time may raise an earlier one's level;
            // every other rule must hold over the whole plan.
            Assert.True(ReachReference.Holds(s.Policy, profile, touch, others, decisions[i].At, withFatigue: false), $"{s}: touch {i} breaks a rule in the final plan");
        }
    });

    [DeepProperty(runs: 100)]
    public Property Members_do_not_affect_each_other() => Prop.ForAll(Generators.ReachScenarios(), s =>
    {
        var planner = new ReachPlanner(s.Policy);
        var history = s.BuildHistory();
        var decisions = planner.Plan(s.Touches, history);

        // Members in reverse order, each member's own touches in their order: every decision is the same.
        var order = Enumerable.Range(0, s.Touches.Length).OrderByDescending(i => s.Touches[i].Member.Value).ThenBy(i => i).ToArray();
        var regrouped = planner.Plan(order.Select(i => s.Touches[i]).ToArray(), history);
        for (var k = 0; k < order.Length; k++)
        {
            Assert.Equal(decisions[order[k]], regrouped[k]);
        }

        // A member's first touch in a batch is what planning it alone gives.
        foreach (var first in Enumerable.Range(0, s.Touches.Length).GroupBy(i => s.Touches[i].Member).Select(g => g.First()))
        {
            var d = decisions[first];
            Assert.Equal(d, planner.Plan(s.Touches[first], history));

            // Check agrees: every rule holds at a placed touch's instant; the blocker is the first to fail at the requested one.
            if (d.IsPlaced)
            {
                Assert.Equal(ReachReason.None, planner.Check(s.Touches[first], history, d.At));
            }

            Assert.Equal(d.Blocker, planner.Check(s.Touches[first], history, d.Requested));
        }
    });

    [DeepProperty]
    public Property Expected_reach_and_conversions_are_probabilities() => Prop.ForAll(
        Gen.Choose(0, int.MaxValue).ToArbitrary(),
        seed =>
        {
            var r = new Random(seed);
            var model = new DeliveryModel(Probability.From(r.NextDouble()), new FatigueModel(Duration.FromMinutes(r.Next(1, 100_000))), Probability.From(r.NextDouble()));
            var at = Instant.FromUtc(2026, 1, 1, 0, 0);
            var touches = Enumerable.Range(0, r.Next(0, 40)).Select(_ => at += Duration.FromMinutes(r.Next(0, 20_000))).ToArray();
            foreach (var mode in new[] { DeliveryMode.DirectMessage, DeliveryMode.MomentsPost })
            {
                var e = model.Expect(mode, touches);
                Assert.InRange(e.AnyConversion.Value, 0, 1);
                Assert.InRange(e.ExpectedConversions, 0, touches.Length * model.ConversionPerSeen.Value * model.ReachOf(mode).Value + 1e-12);
                Assert.InRange(e.ExpectedSeen, 0, touches.Length);
                Assert.True(e.AnyConversion.Value <= e.ExpectedConversions + 1e-12);
            }
        });

    internal static Dictionary<MemberId, List<Made>> InitialMade(ReachScenario s) =>
        s.History.Where(h => h.Class == MessageClass.Marketing)
            .GroupBy(h => h.Member)
            .ToDictionary(g => g.Key, g => g.Select(h => new Made(h.At, h.ChannelKind, h.Mode)).ToList());

    private static void Add(Dictionary<MemberId, List<Made>> made, MemberId member, Made m)
    {
        if (!made.TryGetValue(member, out var list))
        {
            made[member] = list = [];
        }

        list.Add(m);
    }
}
