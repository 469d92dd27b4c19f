using System.Runtime.CompilerServices;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Traffic;

/// <summary>The one check every price and cost of the traffic models passes: the model's currency, never negative.</summary>
internal static class CostGuard
{
    public static Money Cost(Money amount, Currency currency, [CallerArgumentExpression(nameof(amount))] string? paramName = null)
    {
        Guard.Against.Unmet(amount.Currency == currency, $"The amount is in {amount.Currency}, but the model is in {currency}; currencies are never mixed.", paramName);
        Guard.Against.Unmet(!amount.IsNegative, $"A cost must not be negative, not {amount}.", paramName);
        return amount;
    }
}
