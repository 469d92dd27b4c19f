using System;
using System.Collections.Generic;
using System.Linq;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;
using Codes = PrivateTraffic.Core.Primitives.DomainRuleCodes;

namespace PrivateTraffic.Core.Engagement;

/// <content>The factories: one per condition type, each named and with parameters named as in JSON.</content>
public sealed partial class Condition
{
    /// <summary>Every child holds; true when there are none.</summary>
    /// <param name="conditions">The children, at most <see cref="RuleLimits.MaxChildren"/>.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentException">A null child, or a limit broken.</exception>
    public static Condition All(IEnumerable<Condition> conditions) => new(ConditionType.All, Children(conditions));

    /// <summary>Every child holds.</summary>
    /// <param name="conditions">The children.</param>
    /// <returns>The node.</returns>
    public static Condition All(params Condition[] conditions) => All((IEnumerable<Condition>)conditions);

    /// <summary>At least one child holds; false when there are none.</summary>
    /// <param name="conditions">The children, at most <see cref="RuleLimits.MaxChildren"/>.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentException">A null child, or a limit broken.</exception>
    public static Condition Any(IEnumerable<Condition> conditions) => new(ConditionType.Any, Children(conditions));

    /// <summary>At least one child holds.</summary>
    /// <param name="conditions">The children.</param>
    /// <returns>The node.</returns>
    public static Condition Any(params Condition[] conditions) => Any((IEnumerable<Condition>)conditions);

    /// <summary>The child does not hold.</summary>
    /// <param name="condition">The child.</param>
    /// <returns>The node.</returns>
    public static Condition Not(Condition condition) => new(ConditionType.Not, [Guard.Against.Null(condition)]);

    /// <summary>A field compared with a literal of its kind; false when the field is missing (or money in another currency).</summary>
    /// <param name="field">The field.</param>
    /// <param name="op">The operator; enumerations take only eq and ne.</param>
    /// <param name="value">A literal of the field's kind.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentException">The literal's kind is not the field's, or an enumeration is ordered.</exception>
    public static Condition Compare(MemberViewField field, ComparisonOperator op, FieldValue value)
    {
        var kind = MemberViewFields.KindOf(field);
        Guard.Against.EnumOutOfRange(op);
        RuleArgumentException.Unless(value.Kind == kind, Codes.EngagementTypeMismatch, $"{MemberViewFields.NameOf(field)} is {Kind(kind)}; the literal is {Kind(value.Kind)}.", nameof(value));
        RuleArgumentException.Unless(!MemberViewFields.IsEnum(kind) || op is ComparisonOperator.Eq or ComparisonOperator.Ne, Codes.EngagementTypeMismatch,
            $"{MemberViewFields.NameOf(field)} is an enumeration: compare it with eq or ne.", nameof(op));
        return new(ConditionType.Compare) { Field = field, Operator = op, Value = value };
    }

    /// <summary>A number, days or money field within [min, max]; false when missing.</summary>
    /// <param name="field">A number, days or money field.</param>
    /// <param name="min">The lower bound, of the field's kind.</param>
    /// <param name="max">The upper bound, of the field's kind (same currency for money), at least <paramref name="min"/>.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentException">A kind mismatch, an enumeration field, or min above max.</exception>
    public static Condition Between(MemberViewField field, FieldValue min, FieldValue max)
    {
        var kind = MemberViewFields.KindOf(field);
        RuleArgumentException.Unless(!MemberViewFields.IsEnum(kind), Codes.EngagementTypeMismatch, $"{MemberViewFields.NameOf(field)} is an enumeration: use inSet.", nameof(field));
        RuleArgumentException.Unless(min.Kind == kind, Codes.EngagementTypeMismatch, $"{MemberViewFields.NameOf(field)} is {Kind(kind)}; min is {Kind(min.Kind)}.", nameof(min));
        RuleArgumentException.Unless(max.Kind == kind, Codes.EngagementTypeMismatch, $"{MemberViewFields.NameOf(field)} is {Kind(kind)}; max is {Kind(max.Kind)}.", nameof(max));
        var ordered = kind == FieldKind.Money
            ? min.Money.Currency == max.Money.Currency && min.Money.Amount <= max.Money.Amount
            : min.Number <= max.Number;
        RuleArgumentException.Unless(ordered, Codes.EngagementInvalidParameter, $"max must be at least min (and in the same currency).", nameof(max));
        return new(ConditionType.Between) { Field = field, Min = min, Max = max };
    }

    /// <summary>An enumeration field equal to one of a set; false when missing.</summary>
    /// <param name="field">An enumeration field.</param>
    /// <param name="values">1 to <see cref="RuleLimits.MaxSetSize"/> literals of the field's kind.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentException">A kind mismatch, a number field, or a set empty or too large.</exception>
    public static Condition InSet(MemberViewField field, IEnumerable<FieldValue> values) => Set(ConditionType.InSet, field, values);

    /// <summary>A days field at least and/or at most a number of days; false when missing.</summary>
    /// <param name="field">A days field.</param>
    /// <param name="atLeast">The least number of days, if any.</param>
    /// <param name="atMost">The most number of days, if any; at least one bound is given.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentException">Not a days field, a negative bound, no bound, or atLeast above atMost.</exception>
    public static Condition DaysSince(MemberViewField field, int? atLeast = null, int? atMost = null)
    {
        RuleArgumentException.Unless(MemberViewFields.KindOf(field) == FieldKind.Days, Codes.EngagementTypeMismatch, $"{MemberViewFields.NameOf(field)} is not a days field.", nameof(field));
        RuleArgumentException.Unless(atLeast is not null || atMost is not null, Codes.EngagementInvalidParameter, "daysSince needs atLeast, atMost or both.", nameof(atLeast));
        RuleArgumentException.Unless(atLeast is null or >= 0, Codes.EngagementInvalidParameter, "atLeast must be 0 or more.", nameof(atLeast));
        RuleArgumentException.Unless(atMost is null or >= 0, Codes.EngagementInvalidParameter, "atMost must be 0 or more.", nameof(atMost));
        RuleArgumentException.Unless(atLeast is null || atMost is null || atLeast <= atMost, Codes.EngagementInvalidParameter, "atMost must be at least atLeast.", nameof(atMost));
        return new(ConditionType.DaysSince)
        {
            Field = field,
            Min = atLeast is { } l ? FieldValue.OfDays(l) : null,
            Max = atMost is { } m ? FieldValue.OfDays(m) : null,
        };
    }

    /// <summary>The member has a tag (ordinal).</summary>
    /// <param name="tag">The tag, 1 to 128 characters.</param>
    /// <returns>The node.</returns>
    public static Condition TagContains(string tag) => new(ConditionType.TagContains) { Symbol = IdentifierText.Validate(tag, "tag", nameof(tag)) };

    /// <summary>The member is in a community group.</summary>
    /// <param name="group">The group id.</param>
    /// <returns>The node.</returns>
    public static Condition InGroup(ChannelId group)
    {
        Guard.Against.Unmet(!group.IsUnset, $"The group id is unset.", nameof(group));
        return new(ConditionType.InGroup) { Symbol = group.Value };
    }

    /// <summary>The member has a community role in one of their groups.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The node.</returns>
    public static Condition HasRole(CommunityRole role)
    {
        Guard.Against.Unmet(!role.IsUnset, $"The role is unset.", nameof(role));
        return new(ConditionType.HasRole) { Symbol = role.Value };
    }

    /// <summary>The member's stage is one of a set.</summary>
    /// <param name="stages">1 to <see cref="RuleLimits.MaxSetSize"/> stages.</param>
    /// <returns>The node.</returns>
    public static Condition StageIs(IEnumerable<LifecycleStage> stages) =>
        Set(ConditionType.StageIs, MemberViewField.Stage, Guard.Against.Null(stages).Select(FieldValue.Of), nameof(stages));

    /// <summary>The member's stage is one of a set.</summary>
    /// <param name="stages">The stages.</param>
    /// <returns>The node.</returns>
    public static Condition StageIs(params LifecycleStage[] stages) => StageIs((IEnumerable<LifecycleStage>)stages);

    /// <summary>The member's value tier is one of a set; false without a tier.</summary>
    /// <param name="tiers">1 to <see cref="RuleLimits.MaxSetSize"/> tiers.</param>
    /// <returns>The node.</returns>
    public static Condition TierIs(IEnumerable<ValueTier> tiers) =>
        Set(ConditionType.TierIs, MemberViewField.Tier, Guard.Against.Null(tiers).Select(FieldValue.Of), nameof(tiers));

    /// <summary>The member's value tier is one of a set.</summary>
    /// <param name="tiers">The tiers.</param>
    /// <returns>The node.</returns>
    public static Condition TierIs(params ValueTier[] tiers) => TierIs((IEnumerable<ValueTier>)tiers);

    /// <summary>The member's consent for a purpose on a channel is in effect at the view's instant.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="purpose">The purpose.</param>
    /// <returns>The node.</returns>
    public static Condition HasConsent(ChannelId channel, ConsentPurpose purpose)
    {
        Guard.Against.Unmet(!channel.IsUnset, $"The channel is unset.", nameof(channel));
        Guard.Against.EnumOutOfRange(purpose);
        return new(ConditionType.HasConsent) { Symbol = channel.Value, Purpose = purpose };
    }

    /// <summary>A field has a value (is not missing).</summary>
    /// <param name="field">The field.</param>
    /// <returns>The node.</returns>
    public static Condition Present(MemberViewField field)
    {
        MemberViewFields.KindOf(field);
        return new(ConditionType.Present) { Field = field };
    }

    private static Condition[] Children(IEnumerable<Condition> conditions)
    {
        Guard.Against.Null(conditions);
        var list = conditions.Take(RuleLimits.MaxChildren + 1).ToArray();
        RuleArgumentException.Unless(list.Length <= RuleLimits.MaxChildren, Codes.EngagementLimitExceeded, $"all and any take at most {RuleLimits.MaxChildren} conditions.", nameof(conditions));
        RuleArgumentException.Unless(Array.TrueForAll(list, c => c is not null), Codes.EngagementInvalidParameter, "A condition is null.", nameof(conditions));
        return list;
    }

    private static Condition Set(ConditionType type, MemberViewField field, IEnumerable<FieldValue> values, string paramName = "values")
    {
        var kind = MemberViewFields.KindOf(field);
        Guard.Against.Null(values, paramName);
        RuleArgumentException.Unless(MemberViewFields.IsEnum(kind), Codes.EngagementTypeMismatch, $"{MemberViewFields.NameOf(field)} is not an enumeration: use between or compare.", nameof(field));
        var list = values.Take(RuleLimits.MaxSetSize + 1).ToArray();
        RuleArgumentException.Unless(list.Length is > 0 and <= RuleLimits.MaxSetSize, list.Length == 0 ? Codes.EngagementInvalidParameter : Codes.EngagementLimitExceeded,
            $"A set has 1 to {RuleLimits.MaxSetSize} values.", paramName);
        RuleArgumentException.Unless(Array.TrueForAll(list, v => v.Kind == kind), Codes.EngagementTypeMismatch, $"{MemberViewFields.NameOf(field)} is {Kind(kind)}; every value must be too.", paramName);
        return new(type) { Field = field, Values = list };
    }

    private static string Kind(FieldKind kind) => kind switch
    {
        FieldKind.Number => "a number",
        FieldKind.Days => "a number of days",
        FieldKind.Money => "money",
        _ => $"a {kind} name",
    };
}
