using System;
using System.Collections.Generic;
using PrivateTraffic.Core.Pools;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// Compiles a condition tree into evaluator objects, collecting the texts (tags, groups, roles, consents) it names so a
/// batch can resolve each once to its interned id. The tree was checked when it was made, so compiling cannot fail.
/// </summary>
internal sealed class ConditionCompiler
{
    private readonly List<(int Set, string Text, ConsentPurpose Purpose)> _symbols = [];
    private readonly Dictionary<(int, string, ConsentPurpose), int> _index = [];

    /// <summary>Every symbol the compiled trees name: which set (0 tags, 1 groups, 2 roles, 3 consents), text, purpose.</summary>
    public IReadOnlyList<(int Set, string Text, ConsentPurpose Purpose)> Symbols => _symbols;

    public ConditionEvaluator Compile(Condition c)
    {
        switch (c.Type)
        {
            case ConditionType.All:
            case ConditionType.Any:
                var children = new ConditionEvaluator[c.Conditions.Count];
                for (var i = 0; i < children.Length; i++)
                {
                    children[i] = Compile(c.Conditions[i]);
                }

                return new JunctionEvaluator(c, children, c.Type == ConditionType.All);
            case ConditionType.Not:
                return new NotEvaluator(c, Compile(c.Conditions[0]));
            case ConditionType.Compare:
                return Scalar(c, c.Operator, c.Value!.Value, c.Value!.Value);
            case ConditionType.Between:
                return Scalar(c, null, c.Min!.Value, c.Max!.Value);
            case ConditionType.DaysSince:
                return new DaysEvaluator(c, MemberViewFields.Slot(c.Field!.Value), null, (int)(c.Min?.Number ?? 0), (int)(c.Max?.Number ?? int.MaxValue));
            case ConditionType.InSet:
            case ConditionType.StageIs:
            case ConditionType.TierIs:
                var mask = 0UL;
                foreach (var v in c.Values)
                {
                    mask |= 1UL << (int)v.Number;
                }

                return new EnumEvaluator(c, MemberViewFields.Slot(c.Field!.Value), mask, negate: false);
            case ConditionType.Present:
                return new PresentEvaluator(c, MemberViewFields.KindOf(c.Field!.Value), MemberViewFields.Slot(c.Field!.Value));
            case ConditionType.TagContains:
                return new SetEvaluator(c, 0, Symbol(0, c.Symbol!, default));
            case ConditionType.InGroup:
                return new SetEvaluator(c, 1, Symbol(1, c.Symbol!, default));
            case ConditionType.HasRole:
                return new SetEvaluator(c, 2, Symbol(2, c.Symbol!, default));
            case ConditionType.HasConsent:
                return new SetEvaluator(c, 3, Symbol(3, c.Symbol!, c.Purpose!.Value));
            default:
                throw new InvalidOperationException($"Unknown condition type {c.Type}.");
        }
    }

    /// <summary>The batch's id of each symbol, in <see cref="Symbols"/> order (-1 when no member has it).</summary>
    public static int[] Resolve(IReadOnlyList<(int Set, string Text, ConsentPurpose Purpose)> symbols, MemberViewColumns c)
    {
        var ids = new int[symbols.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            var (set, text, purpose) = symbols[i];
            ids[i] = set switch
            {
                0 => c.TagSymbols.Find(text),
                1 => c.GroupSymbols.Find(text),
                2 => c.RoleSymbols.Find(text),
                _ => c.ChannelSymbols.Find(text) is var ch and >= 0 ? MemberViewColumns.ConsentId(ch, purpose) : -1,
            };
        }

        return ids;
    }

    private static ConditionEvaluator Scalar(Condition c, ComparisonOperator? op, FieldValue a, FieldValue b)
    {
        var field = c.Field!.Value;
        var slot = MemberViewFields.Slot(field);
        return MemberViewFields.KindOf(field) switch
        {
            FieldKind.Number => new NumberEvaluator(c, slot, op, a.Number, b.Number),
            FieldKind.Days => new DaysEvaluator(c, slot, op, (int)a.Number, (int)b.Number),
            FieldKind.Money => new MoneyEvaluator(c, slot, op, a.Money, b.Money.Amount),
            _ => new EnumEvaluator(c, slot, 1UL << (int)a.Number, negate: op == ComparisonOperator.Ne),
        };
    }

    private int Symbol(int set, string text, ConsentPurpose purpose)
    {
        if (!_index.TryGetValue((set, text, purpose), out var i))
        {
            i = _symbols.Count;
            _index.Add((set, text, purpose), i);
            _symbols.Add((set, text, purpose));
        }

        return i;
    }
}
