using System.Collections.Generic;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// 模型价值 model value: what a customer brings through the people they referred, after the rewards they were paid
/// for it. A simplified customer referral value (CRV) in the sense of Kumar, Petersen &amp; Leone, "How valuable is
/// word of mouth?" (Harvard Business Review, 2007) and "Driving profitability by encouraging customer referrals:
/// who, when, and how" (Journal of Marketing 74(5), 2010).
/// </summary>
/// <remarks>
/// <para>For a customer k, with referees j at generation g below k (g = 1 for the people k brought in directly),
/// each referee's own value V_j = realized margin + potential margin (given by the caller, already discounted
/// if wanted), attribution weights w_g (<see cref="ReferralAttribution"/>) and rewards R_k paid to k:</para>
/// <para><c>model value(k) = Σ_g Σ_{j in generation g of k} w_g × V_j − R_k</c>.</para>
/// <para>With the default weights (w_1 = 1, none beyond) this is Kumar et al.'s direct-referral form: the margin
/// of the customers k brought in, net of the referral rewards. Unlike their CRV it does not try to tell apart
/// referees who would have joined anyway; a caller who knows that share can scale V_j before passing it.
/// Amounts are exact products (no rounding); round them for display. Everyone's figure is computed at once, so
/// the total over referrers is exactly Σ_j V_j × (Σ of the weights of j's referrers) − Σ_k R_k.</para>
/// </remarks>
public static class ModelValue
{
    /// <summary>The model value of every referrer and of everyone who was paid a reward.</summary>
    /// <param name="graph">Who brought whom.</param>
    /// <param name="ownValue">Each customer's own value, realized + potential margin; a referee without an entry counts zero.</param>
    /// <param name="rewardsPaid">Referral rewards paid to each referrer (红包, coupons, commission); missing means none.</param>
    /// <param name="currency">The currency of every amount.</param>
    /// <param name="attribution">The generation weights; <see cref="ReferralAttribution.DirectOnly"/> by default.</param>
    /// <returns>Each referrer's (and each rewarded customer's) model value; others have none (zero).</returns>
    /// <exception cref="System.ArgumentException">An argument is null or an amount is in another currency.</exception>
    public static IReadOnlyDictionary<MemberId, Money> Attribute(
        ReferralGraph graph,
        IReadOnlyDictionary<MemberId, Money> ownValue,
        IReadOnlyDictionary<MemberId, Money> rewardsPaid,
        Currency currency,
        ReferralAttribution attribution = default)
    {
        Guard.Against.Null(graph);
        Guard.Against.Null(ownValue);
        Guard.Against.Null(rewardsPaid);
        var result = new Dictionary<MemberId, Money>();
        foreach (var referral in graph.Referrals)
        {
            var value = ownValue.TryGetValue(referral.Referee, out var v) ? InCurrency(v, currency, nameof(ownValue)) : Money.Zero(currency);
            var referrer = referral.Referrer;
            for (var generation = 1; generation <= attribution.Generations; generation++)
            {
                var credit = value * attribution.WeightOf(generation);
                result[referrer] = result.TryGetValue(referrer, out var sum) ? sum + credit : credit;
                if (!graph.TryGetReferrer(referrer, out referrer))
                {
                    break;
                }
            }
        }

        foreach (var (member, reward) in rewardsPaid)
        {
            var paid = InCurrency(reward, currency, nameof(rewardsPaid));
            result[member] = (result.TryGetValue(member, out var sum) ? sum : Money.Zero(currency)) - paid;
        }

        return result;
    }

    private static Money InCurrency(Money money, Currency currency, string paramName)
    {
        if (money.Currency != currency)
        {
            throw new System.ArgumentException($"An amount in {money.Currency} cannot join a valuation in {currency}.", paramName);
        }

        return money;
    }
}
