using System.Collections.Generic;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// The value of a customer base (客户群总价值), counting each customer once: the sums of realized and potential
/// value over the cards, and, reported beside them and never added in, the model value attributed to referrers.
/// </summary>
/// <remarks>
/// <para><see cref="OwnValue"/> = Σ (realized + potential) over the customers, each once. A referee's own value
/// is in their own card, and again (weighted, net of rewards) in their referrer's <see cref="ValueCard.Model"/>:
/// adding <see cref="ModelAttributed"/> to <see cref="OwnValue"/> would count the referees twice, so the two are
/// separate figures. All sums are exact. Immutable.</para>
/// </remarks>
public sealed class BaseValue
{
    private BaseValue(int customers, Money realized, Money potential, Money modelAttributed)
    {
        Customers = customers;
        Realized = realized;
        Potential = potential;
        ModelAttributed = modelAttributed;
    }

    /// <summary>The number of customers (cards; and prospects, in a pool's valuation).</summary>
    public int Customers { get; }

    /// <summary>Σ 既成价值 realized value.</summary>
    public Money Realized { get; }

    /// <summary>Σ 潜在价值 potential value.</summary>
    public Money Potential { get; }

    /// <summary>The base's own value: realized + potential, each customer counted once. This is the base total.</summary>
    public Money OwnValue => Realized + Potential;

    /// <summary>Σ 模型价值: the value attributed to referrers for the people they brought, net of rewards. It is
    /// part of <see cref="OwnValue"/> already (the referees' own value), seen from the referrers' side.</summary>
    public Money ModelAttributed { get; }

    /// <summary>Totals a base's cards.</summary>
    /// <param name="cards">The cards, one per customer.</param>
    /// <param name="currency">The currency of every card (needed when there are none).</param>
    /// <returns>The base's value.</returns>
    /// <exception cref="System.ArgumentException">A card is null, a customer has two cards, or a card is in another currency.</exception>
    public static BaseValue Of(IEnumerable<ValueCard> cards, Currency currency)
    {
        Guard.Against.Null(cards);
        var seen = new HashSet<MemberId>();
        var (realized, potential, model) = (Money.Zero(currency), Money.Zero(currency), Money.Zero(currency));
        foreach (var card in cards)
        {
            Guard.Against.Unmet(card is not null, "A card is null.", nameof(cards));
            Guard.Against.Unmet(seen.Add(card!.Customer), $"The customer {card.Customer} has two cards; a base counts each customer once.", nameof(cards));
            Guard.Against.Unmet(card.Realized.Currency == currency, $"The card of {card.Customer} is in {card.Realized.Currency}, not {currency}.", nameof(cards));
            realized += card.Realized;
            potential += card.Potential;
            model += card.Model;
        }

        return new BaseValue(seen.Count, realized, potential, model);
    }

    /// <summary>The base with prospects added: each counts once, with no realized value and their value of converting as
    /// potential value; <paramref name="prospectsModel"/> is the model value attributed to prospects who referred others.</summary>
    internal BaseValue WithProspects(IReadOnlyCollection<Money> prospectValues, Money prospectsModel)
    {
        var potential = Potential;
        foreach (var value in prospectValues)
        {
            potential += value;
        }

        return new BaseValue(Customers + prospectValues.Count, Realized, potential, ModelAttributed + prospectsModel);
    }

    /// <summary>A one-line description.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Customers} customers: own value {OwnValue} (realized {Realized} + potential {Potential}); model value attributed {ModelAttributed}";
}
