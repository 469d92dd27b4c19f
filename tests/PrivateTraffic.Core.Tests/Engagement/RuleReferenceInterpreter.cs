using System;
using System.Collections.Generic;
using System.Linq;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Tests.Engagement;

/// <summary>
/// The slow reference: walks the rule model's tree over a <see cref="MemberView"/>'s properties directly, with none of
/// the compiled path's machinery (no columns, no interning, no evaluator objects). Properties check that the compiled
/// rule set decides exactly as this does.
/// </summary>
internal static class RuleReferenceInterpreter
{
    /// <summary>Each rule's outcome, rules sorted here by priority descending then id ordinal.</summary>
    public static IReadOnlyList<(string Id, RuleOutcome Outcome)> Evaluate(IEnumerable<EngagementRule> rules, MemberView view)
    {
        var ordered = rules.OrderByDescending(r => r.Priority).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        var result = new List<(string, RuleOutcome)>();
        var stopped = false;
        foreach (var r in ordered)
        {
            var inWindow = (r.ValidFrom is null || view.AsOf >= r.ValidFrom) && (r.ValidUntil is null || view.AsOf < r.ValidUntil);
            var outcome = stopped ? RuleOutcome.Stopped : !inWindow ? RuleOutcome.OutsideWindow : Holds(r.When, view) ? RuleOutcome.Fired : RuleOutcome.NotMet;
            stopped |= outcome == RuleOutcome.Fired && r.StopProcessing;
            result.Add((r.Id, outcome));
        }

        return result;
    }

    public static bool Holds(Condition c, MemberView v) => c.Type switch
    {
        ConditionType.All => c.Conditions.All(x => Holds(x, v)),
        ConditionType.Any => c.Conditions.Any(x => Holds(x, v)),
        ConditionType.Not => !Holds(c.Conditions[0], v),
        ConditionType.Compare => Read(c.Field!.Value, v) is { } x && Compare(x, c.Value!.Value) is { } cmp && c.Operator switch
        {
            ComparisonOperator.Eq => cmp == 0,
            ComparisonOperator.Ne => cmp != 0,
            ComparisonOperator.Lt => cmp < 0,
            ComparisonOperator.Lte => cmp <= 0,
            ComparisonOperator.Gt => cmp > 0,
            _ => cmp >= 0,
        },
        ConditionType.Between => Read(c.Field!.Value, v) is { } x && Compare(x, c.Min!.Value) >= 0 && Compare(x, c.Max!.Value) <= 0,
        ConditionType.DaysSince => Read(c.Field!.Value, v) is { } x
            && (c.Min is not { } lo || x.Number >= lo.Number) && (c.Max is not { } hi || x.Number <= hi.Number),
        ConditionType.InSet or ConditionType.StageIs or ConditionType.TierIs => Read(c.Field!.Value, v) is { } x && c.Values.Any(y => y == x),
        ConditionType.Present => Read(c.Field!.Value, v) is not null,
        ConditionType.TagContains => v.Tags.Contains(c.Symbol!, StringComparer.Ordinal),
        ConditionType.InGroup => v.Groups.Any(g => g.Value == c.Symbol),
        ConditionType.HasRole => v.Roles.Any(r => r.Value == c.Symbol),
        ConditionType.HasConsent => v.Consents.Any(k => k.Granted && k.Channel.Value == c.Symbol && k.Purpose == c.Purpose),
        _ => throw new InvalidOperationException(c.Type.ToString()),
    };

    /// <summary>Compares a value with a literal; null when they cannot be compared (money of two currencies).</summary>
    private static int? Compare(FieldValue x, FieldValue literal) => x.Kind == FieldKind.Money
        ? x.Money.Currency == literal.Money.Currency ? x.Money.Amount.CompareTo(literal.Money.Amount) : null
        : x.Number.CompareTo(literal.Number);

    /// <summary>The view's value of a field as a literal, or null when missing.</summary>
    private static FieldValue? Read(MemberViewField field, MemberView v) => field switch
    {
        MemberViewField.Stage => FieldValue.Of(v.Stage),
        MemberViewField.Status => v.Status is { } s ? FieldValue.Of(s) : null,
        MemberViewField.Tier => v.Tier is { } t ? FieldValue.Of(t) : null,
        MemberViewField.Segment => v.Segment is { } g ? FieldValue.Of(g) : null,
        MemberViewField.Recency => v.Rfm is { } r ? FieldValue.Of(r.Recency) : null,
        MemberViewField.Frequency => v.Rfm is { } f ? FieldValue.Of(f.Frequency) : null,
        MemberViewField.Monetary => v.Rfm is { } m ? FieldValue.Of(m.Monetary) : null,
        MemberViewField.PAlive => v.PAlive is { } p ? FieldValue.Of(p.Value) : null,
        MemberViewField.DaysSinceLastPurchase => v.DaysSinceLastPurchase is { } d ? FieldValue.OfDays(d) : null,
        MemberViewField.DaysSinceLastInteraction => v.DaysSinceLastInteraction is { } i ? FieldValue.OfDays(i) : null,
        MemberViewField.RealizedValue => Money(v.RealizedValue),
        MemberViewField.PotentialValue => Money(v.PotentialValue),
        MemberViewField.ModelValue => Money(v.ModelValue),
        MemberViewField.PurchaseCount => FieldValue.Of(v.PurchaseCount),
        MemberViewField.ReferralCount => FieldValue.Of(v.ReferralCount),
        MemberViewField.GroupHealth => v.GroupHealth is { } h ? FieldValue.Of(h) : null,
        _ => throw new InvalidOperationException(field.ToString()),
    };

    private static FieldValue? Money(Money? m) => m is { } x ? FieldValue.Of(x) : null;
}
