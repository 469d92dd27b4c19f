using System.Text.Json;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Serialization;

/// <summary>Writes a rule set in the rule file format, rules in the set's order (priority, then id); reading the output
/// gives the same set back.</summary>
internal static class EngagementRulesJsonWriter
{
    public static void Write(Utf8JsonWriter w, EngagementRuleSet set)
    {
        w.WriteStartObject();
        w.WriteStartArray("rules");
        foreach (var r in set.Rules)
        {
            w.WriteStartObject();
            w.WriteString("id", r.Id);
            w.WriteString("name", r.Name);
            w.WriteNumber("priority", r.Priority);
            if (r.ValidFrom is { } from)
            {
                w.WritePropertyName("validFrom");
                Value(w, from);
            }

            if (r.ValidUntil is { } until)
            {
                w.WritePropertyName("validUntil");
                Value(w, until);
            }

            w.WritePropertyName("when");
            Condition(w, r.When);
            w.WriteStartArray("actions");
            foreach (var a in r.Actions)
            {
                Action(w, a);
            }

            w.WriteEndArray();
            w.WriteBoolean("stopProcessing", r.StopProcessing);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Condition(Utf8JsonWriter w, Condition c)
    {
        w.WriteStartObject();
        w.WriteString("type", Engagement.Condition.Name(c.Type));
        w.WriteStartObject("parameters");
        switch (c.Type)
        {
            case ConditionType.All:
            case ConditionType.Any:
                w.WriteStartArray("conditions");
                foreach (var child in c.Conditions)
                {
                    Condition(w, child);
                }

                w.WriteEndArray();
                break;
            case ConditionType.Not:
                w.WritePropertyName("condition");
                Condition(w, c.Conditions[0]);
                break;
            case ConditionType.Compare:
                w.WriteString("field", MemberViewFields.NameOf(c.Field!.Value));
                w.WritePropertyName("op");
                Value(w, c.Operator!.Value);
                Literal(w, "value", c.Value!.Value);
                break;
            case ConditionType.Between:
                w.WriteString("field", MemberViewFields.NameOf(c.Field!.Value));
                Literal(w, "min", c.Min!.Value);
                Literal(w, "max", c.Max!.Value);
                break;
            case ConditionType.InSet:
            case ConditionType.StageIs:
            case ConditionType.TierIs:
                if (c.Type == ConditionType.InSet)
                {
                    w.WriteString("field", MemberViewFields.NameOf(c.Field!.Value));
                }

                w.WriteStartArray(c.Type switch { ConditionType.InSet => "values", ConditionType.StageIs => "stages", _ => "tiers" });
                foreach (var v in c.Values)
                {
                    w.WriteStringValue(v.ToString());
                }

                w.WriteEndArray();
                break;
            case ConditionType.DaysSince:
                w.WriteString("field", MemberViewFields.NameOf(c.Field!.Value));
                if (c.Min is { } atLeast)
                {
                    w.WriteNumber("atLeast", (int)atLeast.Number);
                }

                if (c.Max is { } atMost)
                {
                    w.WriteNumber("atMost", (int)atMost.Number);
                }

                break;
            case ConditionType.Present:
                w.WriteString("field", MemberViewFields.NameOf(c.Field!.Value));
                break;
            case ConditionType.HasConsent:
                w.WriteString("channel", c.Symbol);
                w.WritePropertyName("purpose");
                Value(w, c.Purpose!.Value);
                break;
            default:
                w.WriteString(c.Type switch { ConditionType.TagContains => "tag", ConditionType.InGroup => "group", _ => "role" }, c.Symbol);
                break;
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Action(Utf8JsonWriter w, RuleAction a)
    {
        w.WriteStartObject();
        w.WritePropertyName("type");
        Value(w, a.Type);
        w.WriteStartObject("parameters");
        switch (a.Type)
        {
            case RuleActionType.Reach:
                w.WriteString("channel", a.Channel!.Value.Value);
                w.WritePropertyName("channelKind");
                Value(w, a.ChannelKind!.Value);
                w.WritePropertyName("messageClass");
                Value(w, a.MessageClass!.Value);
                w.WritePropertyName("deliveryMode");
                Value(w, a.DeliveryMode!.Value);
                if (a.TemplateId is { } t)
                {
                    w.WriteString("templateId", t);
                }

                break;
            case RuleActionType.InviteToGroup:
                w.WriteString("group", a.Group!.Value.Value);
                break;
            case RuleActionType.OfferCoupon:
                w.WritePropertyName("value");
                Value(w, a.Coupon!.Value);
                break;
            case RuleActionType.StartSop:
            case RuleActionType.StopSop:
                w.WriteString("sop", a.Sop!.Value.Value);
                break;
            default:
                w.WriteString(a.Type switch { RuleActionType.AssignOwner => "staff", RuleActionType.FlagRisk => "risk", _ => "tag" }, a.Text);
                break;
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Literal(Utf8JsonWriter w, string name, FieldValue v)
    {
        w.WritePropertyName(name);
        switch (v.Kind)
        {
            case FieldKind.Number:
                w.WriteNumberValue(v.Number);
                break;
            case FieldKind.Days:
                w.WriteNumberValue((int)v.Number);
                break;
            case FieldKind.Money:
                Value(w, v.Money);
                break;
            default:
                w.WriteStringValue(v.ToString());
                break;
        }
    }

    private static void Value<T>(Utf8JsonWriter w, T value) => JsonSerializer.Serialize(w, value, PrivateTrafficJson.TypeInfo<T>());
}
