using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PrivateTraffic.Core.Fission;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using static PrivateTraffic.Core.Tests.Fission.FissionCampaignTests;

namespace PrivateTraffic.Core.Tests.Fission;

public sealed class DistributionTests
{
    // Assumed rates (the articles give none): 10% to the direct referrer, 5% to theirs.
    private static readonly DistributionRule TwoLevels = DistributionRule.Of(0.10m, 0.05m);

    // The pool's graph: teacher → a → b → c; the campaign credits b → c only, so c's upline is b, a (teacher is level 3).
    private static readonly ReferralGraph Graph = ReferralGraph.From([Referral.Of(Teacher, M("a")), Referral.Of(M("a"), M("b")), Referral.Of(M("b"), M("c"))]);

    internal static FissionCampaign Distributing(Money? budget = null, int? perMember = null, DistributionRule? rule = null, MemberId? seed = null) =>
        FissionCampaign.Launch(
            ViralFitTests.FreeLesson, "Sell the course, earn a commission", ReferralMechanic.Distribution, "10% of what your friends buy",
            RewardRules.PerReferral(Money.Yuan(0m)), budget ?? Money.Yuan(100m), Day(0), E("launch"), [seed ?? M("b")], perMember,
            distribution: rule ?? TwoLevels);

    [Fact]
    public void Commissions_walk_the_pool_graph_up_to_the_levels()
    {
        var c = Distributing();
        c.CreditReferral(M("b"), M("c"), Day(1), E("r1"));
        Assert.True(c.RecordPurchase(M("c"), Money.Yuan(199m), Day(2), E("p1"), Graph));
        var paid = Assert.IsType<CommissionPaid>(c.PendingEvents[^1]);
        Assert.Equal([new LevelCommission(1, M("b"), Money.Yuan(19.90m)), new LevelCommission(2, M("a"), Money.Yuan(9.95m))], paid.Commissions);
        Assert.Equal(Money.Yuan(29.85m), c.Spent);
        Assert.Equal(Money.Yuan(29.85m), FissionEconomics.CostOf(c).PaidToReferrers);
        Assert.False(c.RecordPurchase(M("c"), Money.Yuan(199m), Day(2), E("p1"), Graph)); // a repeat
    }

    [Fact]
    public void A_short_chain_pays_only_the_levels_it_has()
    {
        var c = Distributing(seed: Teacher);
        c.CreditReferral(Teacher, M("a"), Day(1), E("r1"));
        c.RecordPurchase(M("a"), Money.Yuan(10.05m), Day(2), E("p1"), Graph);
        var paid = c.Commissions().Single();
        Assert.Equal([new LevelCommission(1, Teacher, Money.Yuan(1.00m))], paid.Commissions); // 1.005 half to even
    }

    [Fact]
    public void Refusals_change_nothing()
    {
        var c = Distributing(perMember: 1);
        c.CreditReferral(M("b"), M("c"), Day(1), E("r1"));
        c.CreditReferral(M("b"), M("d"), Day(1), E("r2")); // past the per-member limit: not counted
        var version = c.Version;
        Assert.Equal(DomainRuleCodes.FissionNotCommissionable, Assert.Throws<DomainRuleException>(() => c.RecordPurchase(M("d"), Money.Yuan(50m), Day(2), E("p1"), Graph)).Code);
        Assert.Equal(DomainRuleCodes.FissionNotCommissionable, Assert.Throws<DomainRuleException>(() => c.RecordPurchase(M("x"), Money.Yuan(50m), Day(2), E("p2"), Graph)).Code);
        Assert.Equal(DomainRuleCodes.FissionCurrencyMismatch, Assert.Throws<DomainRuleException>(() => c.RecordPurchase(M("c"), Money.Of(50m, Currency.USD), Day(2), E("p3"), Graph)).Code);
        Assert.Throws<ArgumentException>(() => c.RecordPurchase(M("c"), Money.Yuan(0m), Day(2), E("p4"), Graph));
        c.RecordHelperLeft(M("c"), Day(3), E("left"));
        Assert.Equal(DomainRuleCodes.FissionNotCommissionable, Assert.Throws<DomainRuleException>(() => c.RecordPurchase(M("c"), Money.Yuan(50m), Day(4), E("p5"), Graph)).Code);
        Assert.Equal(version + 1, c.Version);
        var plain = FreeLesson();
        plain.CreditReferral(Teacher, M("a"), Day(1), E("r1"));
        Assert.Equal(DomainRuleCodes.FissionNoDistribution, Assert.Throws<DomainRuleException>(() => plain.RecordPurchase(M("a"), Money.Yuan(50m), Day(2), E("p1"), Graph)).Code);
    }

    [Fact]
    public void Commissions_past_the_budget_end_the_campaign()
    {
        var c = Distributing(budget: Money.Yuan(20m));
        c.CreditReferral(M("b"), M("c"), Day(1), E("r1"));
        c.RecordPurchase(M("c"), Money.Yuan(199m), Day(2), E("p1"), Graph);
        Assert.Equal(CampaignEndReason.BudgetSpent, c.EndReason);
        Assert.Equal(Money.Yuan(0m), c.Spent);
        var restored = FissionCampaign.Restore(c.ToSnapshot());
        Assert.Equal(c.EndReason, restored.EndReason);
    }

    [Fact]
    public void Bad_rules_are_refused()
    {
        Assert.Throws<ArgumentException>(() => DistributionRule.Of());
        Assert.Throws<ArgumentException>(() => DistributionRule.Of(-0.1m));
        Assert.Throws<ArgumentException>(() => DistributionRule.Of(0.6m, 0.5m));
        Assert.Throws<ArgumentException>(() => DistributionRule.Of(new decimal[11]));
    }

    [Fact]
    public void A_stored_commission_that_disagrees_with_the_rule_is_refused()
    {
        var c = Distributing();
        c.CreditReferral(M("b"), M("c"), Day(1), E("r1"));
        var forged = new CommissionPaid(E("p1"), c.Id, Day(2), M("c"), Money.Yuan(100m), [new LevelCommission(1, M("b"), Money.Yuan(11m))]);
        Assert.Equal(DomainRuleCodes.FissionInvalidEvent, Assert.Throws<DomainRuleException>(() => c.Apply(forged)).Code);
        var skipped = forged with { Commissions = [new LevelCommission(1, M("a"), Money.Yuan(10m))] };
        Assert.Equal(DomainRuleCodes.FissionInvalidEvent, Assert.Throws<DomainRuleException>(() => c.Apply(skipped)).Code);
        Assert.True(c.Apply(forged with { Commissions = [new LevelCommission(1, M("b"), Money.Yuan(10m))] }));
    }

    // Σ commissions = Σ per-level shares = round(P × Σ paid rates) exactly, each share within a cent of P × rate.
    [DeepProperty]
    public Property Commissions_are_conserved_to_the_cent() =>
        Prop.ForAll(Generators.DistributionCaseGen.ToArbitrary(), t =>
        {
            var (rates, cents, chain) = t;
            var rule = DistributionRule.Of(rates);
            var purchase = Money.FromMinorUnits(cents, Currency.CNY);
            var upline = Enumerable.Range(0, Math.Min(chain, rule.Levels)).Select(i => M("u" + i)).ToArray();
            var commissions = rule.Commissions(purchase, upline);
            var total = commissions.Aggregate(Money.Zero(Currency.CNY), (s, c) => s + c.Amount);
            var pool = purchase.Multiply(rates.Take(upline.Length).Sum(), MidpointRounding.ToEven);
            return total == pool
                && commissions.Select((c, i) => Math.Abs(c.Amount.Amount - purchase.Amount * rates[i]) < 0.01m && c.Amount.IsWholeMinorUnits && c.Level == i + 1).All(ok => ok);
        });

    // Budget never passed and Spent = Σ every reward and commission paid, whatever the purchases.
    [DeepProperty(runs: 50)]
    public Property The_budget_is_never_passed() =>
        Prop.ForAll(Generators.DistributionCaseGen.ToArbitrary(), t =>
        {
            var c = Distributing(budget: Money.Yuan(50m), rule: DistributionRule.Of(t.Rates));
            c.CreditReferral(M("b"), M("c"), Day(1), E("r1"));
            for (var i = 0; i < 20 && !c.IsEnded; i++)
            {
                c.RecordPurchase(M("c"), Money.FromMinorUnits(t.Cents + i, Currency.CNY), Day(2 + i), E("p" + i), Graph);
            }

            var sum = c.Commissions().Aggregate(Money.Yuan(0m), (s, p) => s + p.Total);
            return c.Spent <= c.Budget && sum == c.Spent && FissionCampaign.Restore(c.ToSnapshot()).Spent == c.Spent;
        });
}
