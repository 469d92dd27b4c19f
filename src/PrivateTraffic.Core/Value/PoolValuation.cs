using System;
using System.Collections.Generic;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// A whole pool valued in one call (私域池估值): every buyer's realized (既成), potential (潜在) and model (模型) value, tier,
/// RFM score and action; every prospect's (潜客) value of converting; and the totals that count each member once.
/// </summary>
/// <remarks>
/// <para>The steps, each of which can also be called alone: the pool's purchases are summarized up to the valuation day
/// (<see cref="CustomerSummaries"/>); realized value is what was bought up to that day on the chosen basis; potential value is
/// the purchase and spend models' discounted lifetime value (<see cref="CustomerLifetimeValue"/>); a prospect's potential value is
/// P(first purchase within the prospect horizon, from the pool's own history) × the models' value of a new customer
/// (<see cref="ProspectValue"/>); model value attributes referees' own value, less the rewards promised for the referrals, to
/// their referrers (<see cref="ModelValue"/>, over the pool's referral graph); the cards layer buyers by value with referrals.</para>
/// <para>Assumptions: potential value is revenue; on the margin basis it is scaled by the base's observed margin ratio (total
/// margin ÷ total revenue), since the models predict spend, not margin. A new customer is a buyer with no repeat purchase yet
/// (x = 0, t_x = 0, T = 0). Amounts are rounded to the currency's minor unit, half to even.</para>
/// </remarks>
public sealed class PoolValuation
{
    private PoolValuation(IReadOnlyList<ValueCard> cards, IReadOnlyDictionary<MemberId, Money> prospects, ProspectValue prospectEstimate,
        IReadOnlyDictionary<MemberId, Money> model, CustomerSummaries summaries, BaseValue total)
    {
        Cards = cards;
        Prospects = prospects;
        ProspectEstimate = prospectEstimate;
        ModelValues = model;
        Summaries = summaries;
        Base = total;
    }

    /// <summary>One card per buyer, in the order of <see cref="Summaries"/>.</summary>
    public IReadOnlyList<ValueCard> Cards { get; }

    /// <summary>Each prospect's potential value (the value of converting); their realized value is zero.</summary>
    public IReadOnlyDictionary<MemberId, Money> Prospects { get; }

    /// <summary>How a prospect's value was estimated: the cohort, the conversions, the new customer's value.</summary>
    public ProspectValue ProspectEstimate { get; }

    /// <summary>Each referrer's model value (buyers and prospects alike); members without referrals have none.</summary>
    public IReadOnlyDictionary<MemberId, Money> ModelValues { get; }

    /// <summary>The buyers' summaries the cards were built from.</summary>
    public CustomerSummaries Summaries { get; }

    /// <summary>The base's totals, each member counted once: buyers' own value plus prospects' value; model value beside it.</summary>
    public BaseValue Base { get; }

    /// <summary>Values a pool.</summary>
    /// <typeparam name="TModel">The purchase model's type (BG/NBD or Pareto/NBD parameters).</typeparam>
    /// <param name="inputs">The pool's value inputs (<see cref="PoolValueInputs.From"/>).</param>
    /// <param name="asOf">The valuation day: purchases up to and including it count.</param>
    /// <param name="purchases">The fitted purchase model.</param>
    /// <param name="spend">The fitted spend model (q &gt; 1).</param>
    /// <param name="horizon">The lifetime horizon and discount rate.</param>
    /// <param name="policy">The tier policy that gives each card its action.</param>
    /// <param name="prospectHorizon">How long after capture a first purchase counts as the prospect converting; 90 days when null.</param>
    /// <param name="basis">Revenue or margin.</param>
    /// <param name="attribution">How model value decays over generations of referrals.</param>
    /// <param name="rewardsPaid">Rewards paid to referrers outside their referral records, such as a fission campaign's
    /// distribution commissions (分销佣金) or red packets, per referrer; added to the rewards the referrals promised, so model
    /// value is net of both. None when null.</param>
    /// <returns>The valuation.</returns>
    /// <exception cref="ArgumentException">A null argument, or summaries in another time unit than the model.</exception>
    /// <exception cref="DomainRuleException">The spend model has q ≤ 1.</exception>
    public static PoolValuation Score<TModel>(
        PoolValueInputs inputs,
        LocalDate asOf,
        TModel purchases,
        GammaGammaParameters spend,
        LifetimeValueHorizon horizon,
        TierPolicy policy,
        Duration? prospectHorizon = null,
        ValueBasis basis = ValueBasis.Revenue,
        ReferralAttribution attribution = default,
        IReadOnlyDictionary<MemberId, Money>? rewardsPaid = null)
        where TModel : IPurchaseModel
    {
        Guard.Against.Null(inputs);
        Guard.Against.Null(purchases);
        Guard.Against.Null(policy);
        var currency = inputs.Purchases.Currency ?? inputs.Pool.PurchaseCurrency ?? Currency.CNY;
        // A pool without purchases has no buyers to summarize: only prospects.
        var summaries = inputs.Purchases.Count == 0
            ? CustomerSummaries.From(asOf, purchases.Unit, currency, [])
            : CustomerSummaries.Summarize(inputs.Purchases, asOf, purchases.Unit);
        var scores = CustomerLifetimeValue.Score(purchases, spend, horizon, summaries);
        var realized = RealizedValue.Of(basis, asOf).ByCustomer(UpTo(inputs.Purchases, asOf), currency);
        var ratio = basis == ValueBasis.Margin ? MarginRatio(inputs.Purchases) : 1.0;

        var potential = new Dictionary<MemberId, Money>(summaries.Count);
        var own = new Dictionary<MemberId, Money>(inputs.Members.Count);
        var customers = summaries.Customers;
        for (var i = 0; i < summaries.Count; i++)
        {
            potential[customers[i]] = Money.FromDouble(scores.LifetimeValue[i] * ratio, currency, MidpointRounding.ToEven);
            own[customers[i]] = potential[customers[i]] + (realized.TryGetValue(customers[i], out var r) ? r : Money.Zero(currency));
        }

        var prospect = ProspectValue.Estimate(inputs.Pool.Members, inputs.PurchaseEvents, End(asOf), prospectHorizon ?? Duration.FromDays(90),
            Money.FromDouble(NewCustomerValue(purchases, spend, horizon) * ratio, currency, MidpointRounding.ToEven));
        var prospects = new Dictionary<MemberId, Money>();
        foreach (var member in inputs.Members)
        {
            if (!own.ContainsKey(member))
            {
                prospects[member] = prospect.Value;
                own[member] = prospect.Value;
            }
        }

        var model = ModelValue.Attribute(inputs.Referrals, own, Rewards(inputs.Referrals, rewardsPaid), currency, attribution);
        var cards = ValueCard.BuildAll(summaries, realized, potential, model, policy);
        var prospectsModel = Money.Zero(currency);
        foreach (var member in prospects.Keys)
        {
            prospectsModel += model.TryGetValue(member, out var m) ? m : Money.Zero(currency);
        }

        var total = BaseValue.Of(cards, currency).WithProspects(prospects.Values, prospectsModel);
        return new PoolValuation(cards, prospects, prospect, model, summaries, total);
    }

    /// <summary>The models' discounted lifetime value of a buyer who has just made their first purchase.</summary>
    private static double NewCustomerValue<TModel>(TModel purchases, GammaGammaParameters spend, LifetimeValueHorizon horizon)
        where TModel : IPurchaseModel =>
        CustomerLifetimeValue.Score(purchases, spend, horizon, new double[] { 0 }, new double[] { 0 }, new double[] { 0 }, new double[] { 0 }).LifetimeValue[0];

    private static IEnumerable<Purchase> UpTo(PurchaseLog log, LocalDate asOf)
    {
        foreach (var p in log)
        {
            if (p.Date <= asOf)
            {
                yield return p;
            }
        }
    }

    private static double MarginRatio(PurchaseLog log)
    {
        decimal revenue = 0m, margin = 0m;
        foreach (var p in log)
        {
            revenue += p.Amount.Amount;
            margin += p.Margin?.Amount ?? 0m;
        }

        return revenue == 0m ? 0.0 : (double)(margin / revenue);
    }

    /// <summary>The rewards promised on the referral records, plus those paid outside them.</summary>
    private static Dictionary<MemberId, Money> Rewards(ReferralGraph graph, IReadOnlyDictionary<MemberId, Money>? paid)
    {
        var rewards = new Dictionary<MemberId, Money>();
        foreach (var (referrer, amount) in paid ?? new Dictionary<MemberId, Money>())
        {
            rewards[referrer] = amount;
        }

        foreach (var referral in graph.Referrals)
        {
            if (referral.Reward is { } reward)
            {
                rewards[referral.Referrer] = rewards.TryGetValue(referral.Referrer, out var sum) ? sum + reward : reward;
            }
        }

        return rewards;
    }

    // The end of the valuation day in the pool's default zone: a first purchase on that day counts.
    private static Instant End(LocalDate day) => day.PlusDays(1).AtStartOfDayInZone(PrivatePool.DefaultTimeZone).ToInstant();
}
