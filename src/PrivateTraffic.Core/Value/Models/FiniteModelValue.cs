using System.Globalization;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// The one door every purchase model's answer passes: a finite number, or a <see cref="DomainRuleException"/> with
/// <see cref="DomainRuleCodes.ModelNotFinite"/>. Never NaN or ∞, which would otherwise flow silently into scores and files.
/// </summary>
internal static class FiniteModelValue
{
    public static double Require(double value, string model, string quantity, double x, double age)
    {
        if (double.IsFinite(value))
        {
            return value;
        }

        throw new DomainRuleException(
            DomainRuleCodes.ModelNotFinite,
            string.Create(CultureInfo.InvariantCulture, $"{model}'s {quantity} has no finite value for x = {x:G6}, T = {age:G6} at these parameters; they are far outside what data fits."));
    }
}
