using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PrivateTraffic.Core.Fission;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using static PrivateTraffic.Core.Tests.Fission.FissionCampaignTests;

namespace PrivateTraffic.Core.Tests.Fission;

public sealed class FissionEconomicsTests
{
    [Fact]
    public void Four_members_for_one_free_lesson_against_Taobao_in_2013_and_2017()
    {
        var c = FreeLesson();
        c.CreditReferral(Teacher, M("a"), Day(1), E("1"));
        c.CreditReferral(M("a"), M("a1"), Day(2), E("2"));
        c.CreditReferral(M("a"), M("a2"), Day(2), E("3"));
        c.CreditReferral(M("a1"), M("b"), Day(3), E("4"));
        var cost = FissionEconomics.CostOf(c);
        Assert.Equal(4, cost.Acquired);
        Assert.Equal(Money.Yuan(9.90m), cost.Paid);
        Assert.Equal(Money.Yuan(2.48m), cost.CostPerMember); // 2.475, half to even
        Assert.Equal([Money.Yuan(2.48m), Money.Yuan(2.48m), Money.Yuan(2.47m), Money.Yuan(2.47m)], cost.PerMemberShares().OrderByDescending(m => m).ToArray());

        // Article 003: Taobao's CAC, about ¥30 in 2013 and ¥250 in 2017.
        Assert.Equal(Money.Yuan(110.10m), cost.ComparedWith(Money.Yuan(30m)).Saving);
        Assert.Equal(Money.Yuan(1000m), cost.ComparedWith(Money.Yuan(250m)).BoughtCost);
        Assert.Equal(DomainRuleCodes.FissionCurrencyMismatch, Assert.Throws<DomainRuleException>(() => cost.ComparedWith(Money.Of(30m, Currency.USD))).Code);
    }

    [Fact]
    public void A_campaign_with_no_one_acquired_has_no_cost_per_member()
    {
        var cost = FissionEconomics.CostOf(FreeLesson());
        Assert.Null(cost.CostPerMember);
        Assert.Empty(cost.PerMemberShares());
        Assert.Equal(Money.Yuan(0m), cost.ComparedWith(Money.Yuan(250m)).BoughtCost);
    }

    [DeepProperty]
    public Property Costs_are_what_was_spent_and_shares_sum_to_the_cent() =>
        Prop.ForAll(Generators.CampaignScriptGen.ToArbitrary(), script =>
        {
            var c = FreeLesson(rule: RewardRules.Distribution(0.1m, Money.Yuan(33.33m)) with { NewcomerReward = Money.Yuan(1.01m) }, budget: Money.Yuan(50m), perDay: 3);
            for (var i = 0; i < script.Length; i++)
            {
                try
                {
                    c.CreditReferral(M("p" + script[i].Referrer), M("p" + script[i].Referee), Day(i / 4.0), E("s" + i));
                }
                catch (DomainRuleException)
                {
                    // refused referrals pay nothing
                }
            }

            var cost = FissionEconomics.CostOf(c);
            var shares = cost.PerMemberShares();
            return cost.Paid == c.Spent
                && (cost.Acquired == 0 || Money.Sum(shares, Currency.CNY) == cost.Paid)
                && shares.All(s => s.IsWholeMinorUnits)
                && (shares.Length == 0 || shares.Max()!.Amount - shares.Min()!.Amount <= 0.01m);
        });

    [Fact]
    public void The_checklist_reports_every_factor_with_findings()
    {
        var findings = FissionChecklist.Assess(FreeLesson(), new FissionPlan("WeChat official account", null, "the lesson unlocks the moment the second friend joins", " "));
        Assert.Equal(System.Enum.GetValues<FissionFactor>(), findings.Select(f => f.Factor).ToArray());
        Assert.Equal([true, true, true, true, false, true, false], findings.Select(f => f.Met).ToArray());
        Assert.Contains("9.90", findings[(int)FissionFactor.Benefit].Finding, System.StringComparison.Ordinal);

        var bare = FissionCampaign.Launch(ViralFitTests.FreeLesson, "x", Core.Pools.ReferralMechanic.ActivitySharing, "a poster", RewardRules.PerReferral(Money.Yuan(0m)), Money.Yuan(1m), Day(0), E("l"));
        var none = FissionChecklist.Assess(bare, new FissionPlan(null, null, null, null));
        Assert.All(none, f => Assert.False(f.Met));
    }
}
