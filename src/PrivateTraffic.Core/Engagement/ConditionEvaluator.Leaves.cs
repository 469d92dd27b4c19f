using System.Globalization;
using System.Numerics;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

/// <summary>A number field compared (<c>op</c>) or within [a, b] (no <c>op</c>); false when missing (NaN).</summary>
internal sealed class NumberEvaluator(Condition condition, int slot, ComparisonOperator? op, double a, double b) : ConditionEvaluator(condition)
{
    public override bool Holds(MemberViewColumns c, int row, int[] symbols)
    {
        var v = c.Numbers[slot][row];
        return !double.IsNaN(v) && Test.Holds(v, op, a, b);
    }

    public override ConditionTrace Explain(MemberViewColumns c, int row, int[] symbols)
    {
        var v = c.Numbers[slot][row];
        var name = MemberViewFields.NameOf(Condition.Field!.Value);
        return double.IsNaN(v)
            ? Leaf(false, null, $"{name} is missing")
            : Leaf(Holds(c, row, symbols), v.ToString("R", CultureInfo.InvariantCulture), $"{name} = {v.ToString("R", CultureInfo.InvariantCulture)}, {Test.Of(op, a, b)}");
    }
}

/// <summary>A days field compared or within [a, b]; false when missing (-1).</summary>
internal sealed class DaysEvaluator(Condition condition, int slot, ComparisonOperator? op, int a, int b) : ConditionEvaluator(condition)
{
    public override bool Holds(MemberViewColumns c, int row, int[] symbols)
    {
        var v = c.Days[slot][row];
        return v >= 0 && Test.Holds(v, op, a, b);
    }

    public override ConditionTrace Explain(MemberViewColumns c, int row, int[] symbols)
    {
        var v = c.Days[slot][row];
        var name = MemberViewFields.NameOf(Condition.Field!.Value);
        var text = v.ToString(CultureInfo.InvariantCulture);
        return v < 0 ? Leaf(false, null, $"{name} is missing") : Leaf(Holds(c, row, symbols), text, $"{name} = {text}, {Test.Of(op, a, b)}");
    }
}

/// <summary>A money field compared or within [a, b]; false when missing or when the batch's currency is not the literal's.</summary>
internal sealed class MoneyEvaluator(Condition condition, int slot, ComparisonOperator? op, Money a, decimal b) : ConditionEvaluator(condition)
{
    private readonly decimal _a = a.Amount;

    public override bool Holds(MemberViewColumns c, int row, int[] symbols)
    {
        if (!c.AmountPresent[slot][row] || c.Currency != a.Currency)
        {
            return false;
        }

        var v = c.Amounts[slot][row];
        return Test.Holds(v, op, _a, b);
    }

    public override ConditionTrace Explain(MemberViewColumns c, int row, int[] symbols)
    {
        var name = MemberViewFields.NameOf(Condition.Field!.Value);
        if (!c.AmountPresent[slot][row])
        {
            return Leaf(false, null, $"{name} is missing");
        }

        var text = Money.Of(c.Amounts[slot][row], c.Currency).ToString();
        return c.Currency != a.Currency
            ? Leaf(false, text, $"{name} = {text} is in another currency than {a}")
            : Leaf(Holds(c, row, symbols), text, $"{name} = {text}, {Test.Of(op, a, Money.Of(b, a.Currency))}");
    }
}

/// <summary>An enumeration field whose code is in a bit mask (eq, inSet, stageIs, tierIs) or, negated, not in it (ne);
/// false when missing (-1) either way.</summary>
internal sealed class EnumEvaluator(Condition condition, int slot, ulong mask, bool negate) : ConditionEvaluator(condition)
{
    public override bool Holds(MemberViewColumns c, int row, int[] symbols)
    {
        int v = c.Enums[slot][row];
        return v >= 0 && (((mask >> v) & 1UL) != 0) != negate;
    }

    public override ConditionTrace Explain(MemberViewColumns c, int row, int[] symbols)
    {
        int v = c.Enums[slot][row];
        var field = Condition.Field!.Value;
        var name = MemberViewFields.NameOf(field);
        if (v < 0)
        {
            return Leaf(false, null, $"{name} is missing");
        }

        var text = MemberViewFields.EnumName(MemberViewFields.KindOf(field), v);
        var set = Condition.Type == ConditionType.Compare ? Condition.Value.ToString() : $"[{string.Join(", ", Condition.Values)}]";
        var test = Condition.Type == ConditionType.Compare ? (negate ? "ne " : "eq ") + set : "in " + set;
        return Leaf(Holds(c, row, symbols), text, $"{name} = {text}, {test}");
    }
}

/// <summary><c>present</c>: the field is not missing.</summary>
internal sealed class PresentEvaluator(Condition condition, FieldKind kind, int slot) : ConditionEvaluator(condition)
{
    public override bool Holds(MemberViewColumns c, int row, int[] symbols) => kind switch
    {
        FieldKind.Number => !double.IsNaN(c.Numbers[slot][row]),
        FieldKind.Days => c.Days[slot][row] >= 0,
        FieldKind.Money => c.AmountPresent[slot][row],
        _ => c.Enums[slot][row] >= 0,
    };

    public override ConditionTrace Explain(MemberViewColumns c, int row, int[] symbols)
    {
        var held = Holds(c, row, symbols);
        var name = MemberViewFields.NameOf(Condition.Field!.Value);
        return Leaf(held, null, held ? $"{name} has a value" : $"{name} is missing");
    }
}

/// <summary>A member's set (tags, groups, roles, consents) contains the batch's id of the rule's symbol.</summary>
internal sealed class SetEvaluator(Condition condition, int which, int symbol) : ConditionEvaluator(condition)
{
    public override bool Holds(MemberViewColumns c, int row, int[] symbols)
    {
        var id = symbols[symbol];
        return id >= 0 && Set(c).Contains(row, id);
    }

    public override ConditionTrace Explain(MemberViewColumns c, int row, int[] symbols)
    {
        var held = Holds(c, row, symbols);
        var what = which switch { 0 => "tag", 1 => "group", 2 => "role", _ => $"{Condition.Purpose} consent on" };
        return Leaf(held, null, held ? $"has {what} {Condition.Symbol}" : $"does not have {what} {Condition.Symbol}");
    }

    private SetColumn Set(MemberViewColumns c) => which switch { 0 => c.Tags, 1 => c.Groups, 2 => c.Roles, _ => c.Consents };
}

/// <summary>A comparison's test, once for every kind of number, and its text for explanations.</summary>
internal static class Test
{
    /// <summary>Whether <paramref name="v"/> passes the operator against <paramref name="a"/>, or lies in [a, b] when there
    /// is none (between). Generic so that days (int), numbers (double) and amounts (decimal) share one table; the JIT
    /// specializes it per value type, so the batch path pays no interface call.</summary>
    public static bool Holds<T>(T v, ComparisonOperator? op, T a, T b)
        where T : INumber<T> => op switch
        {
            ComparisonOperator.Eq => v == a,
            ComparisonOperator.Ne => v != a,
            ComparisonOperator.Lt => v < a,
            ComparisonOperator.Lte => v <= a,
            ComparisonOperator.Gt => v > a,
            ComparisonOperator.Gte => v >= a,
            _ => v >= a && v <= b,
        };

    public static string Of<T>(ComparisonOperator? op, T a, T b) =>
        op is { } o ? $"{o.ToString().ToLowerInvariant()} {Text(a)}" : $"between {Text(a)} and {Text(b)}";

    private static string Text<T>(T value) => value switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        int i => i == int.MaxValue ? "∞" : i.ToString(CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? string.Empty,
    };
}
