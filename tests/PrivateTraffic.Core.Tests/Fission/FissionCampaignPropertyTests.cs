using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PrivateTraffic.Core.Fission;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using static PrivateTraffic.Core.Tests.Fission.FissionCampaignTests;

namespace PrivateTraffic.Core.Tests.Fission;

/// <summary>Campaign invariants over random scripts of referrals, departures and stops, refused commands included.</summary>
public sealed class FissionCampaignPropertyTests
{
    internal static readonly string[] People = ["teacher", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"];

    // Runs a script against a campaign with a red packet, a two-friend stage, limits and a budget that a long script
    // spends; returns the campaign and whether every refused command left it unchanged.
    internal static (FissionCampaign Campaign, bool RefusalsChangedNothing) Run((int Kind, int Referrer, int Referee, int Hours)[] script)
    {
        var rule = RewardRules.NewUserRedPacket(Money.Yuan(3.33m)) with { PerReferral = Money.Yuan(0.01m), Stages = [new RewardStage(2, Money.Yuan(9.90m))] };
        var campaign = FreeLesson(budget: Money.Yuan(60m), perMember: 4, perDay: 2, rule: rule);
        var hours = 0;
        var unchanged = true;
        for (var i = 0; i < script.Length; i++)
        {
            var (kind, referrer, referee, later) = script[i];
            hours += later;
            var at = Day(hours / 24.0);
            var id = E("s" + i);
            var before = (campaign.Version, campaign.Spent, campaign.Counted, campaign.Referred, campaign.LatestAt);
            try
            {
                _ = kind switch
                {
                    <= 6 => campaign.CreditReferral(M(People[referrer]), M(People[referee]), at, id),
                    <= 8 => campaign.RecordHelperLeft(M(People[referee]), at, id),
                    _ => campaign.Stop(at, id),
                };
            }
            catch (DomainRuleException)
            {
                unchanged &= before == (campaign.Version, campaign.Spent, campaign.Counted, campaign.Referred, campaign.LatestAt);
            }
        }

        return (campaign, unchanged);
    }

    internal static Arbitrary<(int Kind, int Referrer, int Referee, int Hours)[]> Scripts => Generators.CampaignScriptGen.ToArbitrary();

    [DeepProperty]
    public Property Reward_costs_conserve_money_to_the_cent() =>
        Prop.ForAll(Scripts, script =>
        {
            var (c, _) = Run(script);
            var credits = c.PendingEvents.OfType<ReferralCredited>().ToList();
            var paid = Money.Sum(credits.SelectMany(r => new[] { r.ReferrerReward, r.NewcomerReward }), Currency.CNY);
            return (paid == c.Spent && c.Spent <= c.Budget && c.Spent + c.Remaining == c.Budget && c.Spent.IsWholeMinorUnits)
                .Label($"paid {paid}, spent {c.Spent}, budget {c.Budget}");
        });

    [DeepProperty]
    public Property A_helper_who_left_never_counts() =>
        Prop.ForAll(Scripts, script =>
        {
            var (c, _) = Run(script);
            var left = c.PendingEvents.OfType<HelperLeft>().Select(h => h.Helper).ToHashSet();
            var counting = c.PendingEvents.OfType<ReferralCredited>().Where(r => r.Counted && !left.Contains(r.Referee)).ToList();
            return counting.Count == c.Counted
                && counting.GroupBy(r => r.Referrer).All(g => c.CountedReferralsOf(g.Key) == g.Count())
                && left.All(h => c.ReferrerOf(h) is { } r && c.CountedReferralsOf(r) == counting.Count(x => x.Referrer == r));
        });

    [DeepProperty]
    public Property The_referrals_never_form_a_cycle_or_a_self_referral() =>
        Prop.ForAll(Scripts, script =>
        {
            var (c, _) = Run(script);
            var credits = c.PendingEvents.OfType<ReferralCredited>().ToList();
            var graph = ReferralGraph.From(credits.Select(r => Referral.Of(r.Referrer, r.Referee))); // throws on a cycle
            return credits.All(r => r.Referrer != r.Referee && !c.IsSeed(r.Referee)) && graph.Referrals.Count == credits.Count;
        });

    [DeepProperty]
    public Property A_refused_command_changes_nothing_and_a_snapshot_restores_the_same_campaign() =>
        Prop.ForAll(Scripts, script =>
        {
            var (c, unchanged) = Run(script);
            var restored = FissionCampaign.Restore(c.ToSnapshot());
            var rebuilt = FissionCampaign.Rebuild(c.PendingEvents);
            return unchanged
                && (restored.Version, restored.Spent, restored.Counted, restored.Referred, restored.EndReason)
                    == (c.Version, c.Spent, c.Counted, c.Referred, c.EndReason)
                && (rebuilt.Version, rebuilt.Spent, rebuilt.Counted) == (c.Version, c.Spent, c.Counted);
        });
}
