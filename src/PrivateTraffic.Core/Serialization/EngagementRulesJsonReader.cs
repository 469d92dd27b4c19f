using System;
using System.Collections.Generic;
using System.Text.Json;
using NodaTime;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Primitives;
using Codes = PrivateTraffic.Core.Primitives.DomainRuleCodes;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// Reads a rule file, walking the parsed document with the path of each element so every error names the offending
/// member (<c>$.rules[3].when.parameters.conditions[1].parameters.field</c>). Strict: unknown, missing and repeated
/// members, wrong JSON types and the limits of <see cref="RuleLimits"/> are refused; the order of members does not matter.
/// </summary>
internal static partial class EngagementRulesJsonReader
{
    public static EngagementRuleSet ReadSet(JsonElement e)
    {
        const string path = "$";
        var m = Members(e, path, ["rules"], []);
        var items = Array(m["rules"], path + ".rules", RuleLimits.MaxRules);
        var rules = new EngagementRule[items.Length];
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Length; i++)
        {
            var rulePath = $"{path}.rules[{i}]";
            rules[i] = ReadRule(items[i], rulePath);
            if (!ids.TryAdd(rules[i].Id, i))
            {
                throw new RuleValidationException(Codes.EngagementDuplicateRuleId, $"The id '{MessageText.Quote(rules[i].Id)}' is also the id of rule {ids[rules[i].Id]}.", rulePath + ".id");
            }
        }

        return Build(() => EngagementRuleSet.Create(rules), path);
    }

    private static EngagementRule ReadRule(JsonElement e, string path)
    {
        var m = Members(e, path, ["id", "name", "priority", "when", "actions"], ["stopProcessing", "validFrom", "validUntil"]);
        var id = String(m["id"], path + ".id");
        var name = String(m["name"], path + ".name");
        var priority = Int(m["priority"], path + ".priority");
        var when = ReadCondition(m["when"], path + ".when", 1);
        var actionItems = Array(m["actions"], path + ".actions", RuleLimits.MaxActions);
        var actions = new RuleAction[actionItems.Length];
        for (var i = 0; i < actions.Length; i++)
        {
            actions[i] = ReadAction(actionItems[i], $"{path}.actions[{i}]");
        }

        var stop = m.TryGetValue("stopProcessing", out var s) && Bool(s, path + ".stopProcessing");
        Instant? from = m.TryGetValue("validFrom", out var f) ? Value<Instant>(f, path + ".validFrom") : null;
        Instant? until = m.TryGetValue("validUntil", out var u) ? Value<Instant>(u, path + ".validUntil") : null;
        return Build(() => EngagementRule.Create(id, name, priority, when, actions, stop, from, until), path);
    }

    private static RuleAction ReadAction(JsonElement e, string path)
    {
        var (type, p, pp) = Typed(e, path, "an action", Names<RuleActionType>());
        var t = (RuleActionType)type;
        return t switch
        {
            RuleActionType.Reach => Reach(p, pp),
            RuleActionType.InviteToGroup => One(p, pp, "group", x => RuleAction.InviteToGroup(Value<ChannelId>(x, pp + ".group"))),
            RuleActionType.OfferCoupon => One(p, pp, "value", x => RuleAction.OfferCoupon(Value<Money>(x, pp + ".value"))),
            RuleActionType.AssignOwner => One(p, pp, "staff", x => RuleAction.AssignOwner(String(x, pp + ".staff"))),
            RuleActionType.AddTag => One(p, pp, "tag", x => RuleAction.AddTag(String(x, pp + ".tag"))),
            RuleActionType.RemoveTag => One(p, pp, "tag", x => RuleAction.RemoveTag(String(x, pp + ".tag"))),
            RuleActionType.FlagRisk => One(p, pp, "risk", x => RuleAction.FlagRisk(String(x, pp + ".risk"))),
            RuleActionType.StartSop => One(p, pp, "sop", x => RuleAction.StartSop(Value<SopId>(x, pp + ".sop"))),
            _ => One(p, pp, "sop", x => RuleAction.StopSop(Value<SopId>(x, pp + ".sop"))),
        };
    }

    private static RuleAction Reach(JsonElement p, string pp)
    {
        var m = Members(p, pp, ["channel", "channelKind", "messageClass", "deliveryMode"], ["templateId"]);
        var channel = Value<ChannelId>(m["channel"], pp + ".channel");
        var kind = Value<ChannelKind>(m["channelKind"], pp + ".channelKind");
        var messageClass = Value<MessageClass>(m["messageClass"], pp + ".messageClass");
        var mode = Value<DeliveryMode>(m["deliveryMode"], pp + ".deliveryMode");
        var template = m.TryGetValue("templateId", out var t) ? String(t, pp + ".templateId") : null;
        return Build(() => RuleAction.Reach(channel, kind, messageClass, mode, template), pp);
    }

    private static T One<T>(JsonElement p, string pp, string member, Func<JsonElement, T> read)
    {
        var m = Members(p, pp, [member], []);
        return Build(() => read(m[member]), pp);
    }

    /// <summary>Reads <c>{"type": …, "parameters": {…}}</c>: the type's index among <paramref name="names"/>, the parameters and their path.</summary>
    private static (int Type, JsonElement Parameters, string Path) Typed(JsonElement e, string path, string what, string[] names)
    {
        var m = Members(e, path, ["type", "parameters"], []);
        var text = String(m["type"], path + ".type");
        var type = System.Array.IndexOf(names, text);
        if (type < 0)
        {
            throw new RuleValidationException(Codes.EngagementUnknownType, $"'{MessageText.Quote(text)}' is not {what} type; expected one of {string.Join(", ", names)}.", path + ".type");
        }

        return (type, m["parameters"], path + ".parameters");
    }

    /// <summary>Runs a factory; its argument errors are reported at the path of the parameter they name.</summary>
    private static T Build<T>(Func<T> factory, string path)
    {
        try
        {
            return factory();
        }
        catch (RuleValidationException)
        {
            throw;
        }
        catch (RuleArgumentException ex)
        {
            throw new RuleValidationException(ex.Code, Message(ex), At(path, ex.ParamName), ex);
        }
        catch (ArgumentException ex)
        {
            throw new RuleValidationException(Codes.EngagementInvalidParameter, Message(ex), At(path, ex.ParamName), ex);
        }
    }

    private static string At(string path, string? member) => member is null ? path : $"{path}.{member}";

    private static string Message(ArgumentException ex) => ex.ParamName is null ? ex.Message : ex.Message.Replace($" (Parameter '{ex.ParamName}')", string.Empty, StringComparison.Ordinal);

    private static string[] Names<T>()
        where T : struct, System.Enum => System.Array.ConvertAll(System.Enum.GetValues<T>(), v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));
}
