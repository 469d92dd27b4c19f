using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// A customer's value card (客户价值卡): the three values of customer value management (既成价值 realized,
/// 潜在价值 potential, 模型价值 model), the customer's value band and RFM segment, and the one-to-one action the
/// tier policy recommends.
/// </summary>
/// <remarks>
/// <para>Two totals, two meanings. <see cref="OwnValue"/> = realized + potential is the customer's own value: it
/// counts each customer once, so it is the one to add up over a base (<see cref="BaseValue"/>).
/// <see cref="ValueWithReferrals"/> = own + model is what the customer is worth to the business counting the
/// people they brought in: it ranks customers (the value band uses it), but a referee's own value appears again
/// in their referrer's model value, so a sum of it over a base counts referees twice.</para>
/// <para>All amounts are in one currency, exact (no rounding). Immutable.</para>
/// </remarks>
[JsonConverter(typeof(ValueCardJsonConverter))]
public sealed class ValueCard
{
    private ValueCard(MemberId customer, Money realized, Money potential, Money model, ValueTier tier, RfmScore rfm, TierAction action)
    {
        Customer = customer;
        Realized = realized;
        Potential = potential;
        Model = model;
        // Both totals are added once, here: a card whose totals would leave decimal's range is refused when it is made
        // (OverflowException), never later when it is read or written.
        OwnValue = realized + potential;
        ValueWithReferrals = OwnValue + model;
        Tier = tier;
        Rfm = rfm;
        Action = action;
    }

    /// <summary>The customer.</summary>
    public MemberId Customer { get; }

    /// <summary>既成价值: what the customer has brought so far.</summary>
    public Money Realized { get; }

    /// <summary>潜在价值: what the customer is expected to bring (from a customer-base model, given by the caller).</summary>
    public Money Potential { get; }

    /// <summary>模型价值: what the customer brings through the people they referred, net of the rewards they were paid
    /// (<see cref="ModelValue"/>). An attribution of other customers' value: report it beside <see cref="OwnValue"/>,
    /// never add it into a base total.</summary>
    public Money Model { get; }

    /// <summary>自身价值 own value: realized + potential, the customer's own value, counted once per customer.</summary>
    public Money OwnValue { get; }

    /// <summary>Own value + model value: the customer's worth counting their referrals' attributed value. Use it to
    /// rank customers; do not sum it over a base (referees would count twice; see <see cref="BaseValue"/>).</summary>
    public Money ValueWithReferrals { get; }

    /// <summary>The value band (a value-quantile layering of <see cref="ValueWithReferrals"/>).</summary>
    public ValueTier Tier { get; }

    /// <summary>The RFM scores.</summary>
    public RfmScore Rfm { get; }

    /// <summary>The RFM segment (from <see cref="Rfm"/>).</summary>
    public RfmSegment Segment => Rfm.Segment;

    /// <summary>The recommended one-to-one action.</summary>
    public TierAction Action { get; }

    /// <summary>Creates a card.</summary>
    /// <param name="customer">The customer; set.</param>
    /// <param name="realized">Realized value.</param>
    /// <param name="potential">Potential value, in the same currency.</param>
    /// <param name="model">Model value, in the same currency.</param>
    /// <param name="tier">The tier.</param>
    /// <param name="rfm">The RFM scores; not default.</param>
    /// <param name="action">The action; not default.</param>
    /// <returns>The card.</returns>
    /// <exception cref="ArgumentException">An argument is invalid or the currencies differ.</exception>
    /// <exception cref="OverflowException">The card's totals leave decimal's range.</exception>
    public static ValueCard Create(MemberId customer, Money realized, Money potential, Money model, ValueTier tier, RfmScore rfm, TierAction action)
    {
        Guard.Against.Unmet(!customer.IsUnset, "The customer must be set.", nameof(customer));
        Guard.Against.Unmet(potential.Currency == realized.Currency, "All values must be in one currency.", nameof(potential));
        Guard.Against.Unmet(model.Currency == realized.Currency, "All values must be in one currency.", nameof(model));
        Guard.Against.Unmet(Enum.IsDefined(tier), "Unknown tier.", nameof(tier));
        Guard.Against.Unmet(rfm.Recency != 0, "The RFM score is default.", nameof(rfm));
        Guard.Against.Unmet(action.Code is not null, "The action is default.", nameof(action));
        return new ValueCard(customer, realized, potential, model, tier, rfm, action);
    }

    /// <summary>
    /// Builds the cards of a whole customer base: layers the customers by <see cref="ValueWithReferrals"/>
    /// (<see cref="ValueQuantileLayering"/>), scores RFM from the summaries (<see cref="RfmScore.ScoreAll(CustomerSummaries)"/>)
    /// and asks the policy for each customer's action.
    /// </summary>
    /// <param name="summaries">The customer base; one card per row, in row order.</param>
    /// <param name="realized">Realized value per customer; missing is zero.</param>
    /// <param name="potential">Potential value per customer; missing is zero.</param>
    /// <param name="model">Model value per customer; missing is zero.</param>
    /// <param name="policy">The tier policy.</param>
    /// <param name="shares">The band shares; 20/70/10 by default.</param>
    /// <returns>The cards.</returns>
    /// <exception cref="ArgumentException">An argument is null or an amount is not in the summaries' currency.</exception>
    public static IReadOnlyList<ValueCard> BuildAll(
        CustomerSummaries summaries,
        IReadOnlyDictionary<MemberId, Money> realized,
        IReadOnlyDictionary<MemberId, Money> potential,
        IReadOnlyDictionary<MemberId, Money> model,
        TierPolicy policy,
        ValueQuantileShares shares = default)
    {
        Guard.Against.Null(summaries);
        Guard.Against.Null(realized);
        Guard.Against.Null(potential);
        Guard.Against.Null(model);
        Guard.Against.Null(policy);
        var n = summaries.Count;
        var currency = summaries.Currency;
        var customers = summaries.Customers;
        var values = new (Money Realized, Money Potential, Money Model)[n];
        var totals = new Money[n];
        for (var i = 0; i < n; i++)
        {
            var c = customers[i];
            values[i] = (Lookup(realized, c, currency, nameof(realized)), Lookup(potential, c, currency, nameof(potential)), Lookup(model, c, currency, nameof(model)));
            totals[i] = values[i].Realized + values[i].Potential + values[i].Model;
        }

        var tiers = ValueQuantileLayering.Assign(customers, totals, shares);
        var rfm = RfmScore.ScoreAll(summaries);
        var cards = new ValueCard[n];
        for (var i = 0; i < n; i++)
        {
            cards[i] = new ValueCard(customers[i], values[i].Realized, values[i].Potential, values[i].Model, tiers[i], rfm[i], policy.Recommend(tiers[i], rfm[i].Segment));
        }

        return cards;
    }

    /// <summary>A one-line description.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Customer}: own {OwnValue}, with referrals {ValueWithReferrals} ({Tier}, {RfmSegmentNames.English(Segment)}) → {Action}";

    private static Money Lookup(IReadOnlyDictionary<MemberId, Money> values, MemberId customer, Currency currency, string paramName)
    {
        if (!values.TryGetValue(customer, out var value))
        {
            return Money.Zero(currency);
        }

        if (value.Currency != currency)
        {
            throw new ArgumentException($"The value of {customer} is in {value.Currency}, not {currency}.", paramName);
        }

        return value;
    }
}
