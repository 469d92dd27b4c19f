using System.Text.Json;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;
using Codes = PrivateTraffic.Core.Primitives.DomainRuleCodes;

namespace PrivateTraffic.Core.Serialization;

/// <content>Conditions: the type first, then its parameters, each literal read as the kind of its field.</content>
internal static partial class EngagementRulesJsonReader
{
    private static readonly string[] ConditionNames = Names<ConditionType>();

    private static Condition ReadCondition(JsonElement e, string path, int depth)
    {
        if (depth > RuleLimits.MaxConditionDepth)
        {
            throw new RuleValidationException(Codes.EngagementLimitExceeded, $"A condition tree may nest at most {RuleLimits.MaxConditionDepth} deep.", path);
        }

        var (type, p, pp) = Typed(e, path, "a condition", ConditionNames);
        switch ((ConditionType)type)
        {
            case ConditionType.All:
            case ConditionType.Any:
            {
                var m = Members(p, pp, ["conditions"], []);
                var items = Array(m["conditions"], pp + ".conditions", RuleLimits.MaxChildren);
                var children = new Condition[items.Length];
                for (var i = 0; i < children.Length; i++)
                {
                    children[i] = ReadCondition(items[i], $"{pp}.conditions[{i}]", depth + 1);
                }

                return Build(() => (ConditionType)type == ConditionType.All ? Condition.All(children) : Condition.Any(children), pp);
            }

            case ConditionType.Not:
            {
                var m = Members(p, pp, ["condition"], []);
                var child = ReadCondition(m["condition"], pp + ".condition", depth + 1);
                return Build(() => Condition.Not(child), pp);
            }

            case ConditionType.Compare:
            {
                var m = Members(p, pp, ["field", "op", "value"], []);
                var field = Field(m["field"], pp + ".field");
                var op = Value<ComparisonOperator>(m["op"], pp + ".op");
                var value = Literal(field, m["value"], pp + ".value");
                return Build(() => Condition.Compare(field, op, value), pp);
            }

            case ConditionType.Between:
            {
                var m = Members(p, pp, ["field", "min", "max"], []);
                var field = Field(m["field"], pp + ".field");
                var min = Literal(field, m["min"], pp + ".min");
                var max = Literal(field, m["max"], pp + ".max");
                return Build(() => Condition.Between(field, min, max), pp);
            }

            case ConditionType.InSet:
            {
                var m = Members(p, pp, ["field", "values"], []);
                var field = Field(m["field"], pp + ".field");
                var items = Array(m["values"], pp + ".values", RuleLimits.MaxSetSize);
                var values = new FieldValue[items.Length];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = Literal(field, items[i], $"{pp}.values[{i}]");
                }

                return Build(() => Condition.InSet(field, values), pp);
            }

            case ConditionType.DaysSince:
            {
                var m = Members(p, pp, ["field"], ["atLeast", "atMost"]);
                var field = Field(m["field"], pp + ".field");
                int? atLeast = m.TryGetValue("atLeast", out var l) ? Int(l, pp + ".atLeast") : null;
                int? atMost = m.TryGetValue("atMost", out var h) ? Int(h, pp + ".atMost") : null;
                return Build(() => Condition.DaysSince(field, atLeast, atMost), pp);
            }

            case ConditionType.TagContains:
                return One(p, pp, "tag", x => Condition.TagContains(String(x, pp + ".tag")));
            case ConditionType.InGroup:
                return One(p, pp, "group", x => Condition.InGroup(Value<ChannelId>(x, pp + ".group")));
            case ConditionType.HasRole:
                return One(p, pp, "role", x => Condition.HasRole(Value<CommunityRole>(x, pp + ".role")));
            case ConditionType.StageIs:
                return One(p, pp, "stages", x => Condition.StageIs(Items<LifecycleStage>(x, pp + ".stages")));
            case ConditionType.TierIs:
                return One(p, pp, "tiers", x => Condition.TierIs(Items<ValueTier>(x, pp + ".tiers")));
            case ConditionType.HasConsent:
            {
                var m = Members(p, pp, ["channel", "purpose"], []);
                var channel = Value<ChannelId>(m["channel"], pp + ".channel");
                var purpose = Value<ConsentPurpose>(m["purpose"], pp + ".purpose");
                return Build(() => Condition.HasConsent(channel, purpose), pp);
            }

            default:
                return One(p, pp, "field", x => Condition.Present(Field(x, pp + ".field")));
        }
    }

    private static MemberViewField Field(JsonElement e, string path)
    {
        var name = String(e, path);
        return MemberViewFields.TryParse(name, out var field)
            ? field
            : throw new RuleValidationException(Codes.EngagementUnknownField, $"'{MessageText.Quote(name)}' is not a member view field; expected one of {string.Join(", ", System.Linq.Enumerable.Select(MemberViewFields.All, MemberViewFields.NameOf))}.", path);
    }

    private static T[] Items<T>(JsonElement e, string path)
    {
        var items = Array(e, path, RuleLimits.MaxSetSize);
        var values = new T[items.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Value<T>(items[i], $"{path}[{i}]");
        }

        return values;
    }

    /// <summary>A literal of the field's kind; a literal of another JSON type is a type mismatch.</summary>
    private static FieldValue Literal(MemberViewField field, JsonElement e, string path)
    {
        var kind = MemberViewFields.KindOf(field);
        var name = MemberViewFields.NameOf(field);
        switch (kind)
        {
            case FieldKind.Number:
                return e.ValueKind == JsonValueKind.Number ? FieldValue.Of(Double(e, path)) : throw Mismatch(name, "a number", e, path);
            case FieldKind.Days:
                if (e.ValueKind != JsonValueKind.Number)
                {
                    throw Mismatch(name, "a whole number of days", e, path);
                }

                var days = Int(e, path);
                return days >= 0 ? FieldValue.OfDays(days) : throw new RuleValidationException(Codes.EngagementInvalidParameter, "A number of days is 0 or more.", path);
            case FieldKind.Money:
                return e.ValueKind == JsonValueKind.Object ? FieldValue.Of(Value<Money>(e, path)) : throw Mismatch(name, "money ({\"amount\": \"…\", \"currency\": \"…\"})", e, path);
            default:
                if (e.ValueKind != JsonValueKind.String)
                {
                    throw Mismatch(name, $"a {kind} name", e, path);
                }

                var text = String(e, path);
                return MemberViewFields.TryParseEnum(kind, text, out var code)
                    ? EnumLiteral(kind, code)
                    : throw new RuleValidationException(Codes.EngagementInvalidParameter, $"'{MessageText.Quote(text)}' is not a {kind} name; expected one of {string.Join(", ", MemberViewFields.EnumNamesOf(kind))}.", path);
        }
    }

    private static FieldValue EnumLiteral(FieldKind kind, int code) => kind switch
    {
        FieldKind.Stage => FieldValue.Of((LifecycleStage)code),
        FieldKind.Status => FieldValue.Of((MemberStatus)code),
        FieldKind.Tier => FieldValue.Of((ValueTier)code),
        FieldKind.Segment => FieldValue.Of((RfmSegment)code),
        _ => FieldValue.Of((GroupHealth)code),
    };

    private static RuleValidationException Mismatch(string field, string expected, JsonElement found, string path) =>
        new(Codes.EngagementTypeMismatch, $"{field} is compared with {expected}; found {Describe(found)}.", path);
}
