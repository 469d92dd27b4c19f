using System.Linq;
using System.Text.Json;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Serialization;
using Codes = PrivateTraffic.Core.Primitives.DomainRuleCodes;

namespace PrivateTraffic.Core.Tests.Engagement;

/// <summary>Bad and hostile rule files: each refused when loaded, with the path of the offending member and a stable code.</summary>
public sealed class RuleJsonHostileTests
{
    private const string Leaf = """{"type":"tagContains","parameters":{"tag":"vip"}}""";

    private static string Rule(string when, string id = "r1", string extra = "") =>
        "{\"id\":\"" + id + "\",\"name\":\"n\",\"priority\":1,\"when\":" + when + ",\"actions\":[]" + extra + "}";

    private static string File(params string[] rules) => """{"rules":[""" + (string.Join(",", rules)) + """]}""";

    private static string All(params string[] conditions) => """{"type":"all","parameters":{"conditions":[""" + (string.Join(",", conditions)) + """]}}""";

    private static string Compare(string field, string op, string value) =>
        "{\"type\":\"compare\",\"parameters\":{\"field\":\"" + field + "\",\"op\":\"" + op + "\",\"value\":" + value + "}}";

    [Fact]
    public void An_unknown_view_field_deep_in_the_tree_is_reported_at_its_path()
    {
        var json = File(Rule(Leaf, "a"), Rule(Leaf, "b"), Rule(Leaf, "c"), Rule(All(Leaf, Compare("lifetimeValue", "gt", "3"))));
        var ex = RuleGolden.AssertRefused(json, "$.rules[3].when.parameters.conditions[1].parameters.field", Codes.EngagementUnknownField);
        Assert.Contains("'lifetimeValue' is not a member view field", ex.Message);
    }

    [Theory]
    [InlineData("daysSinceLastPurchase", "gt", "\"30\"", "value")]
    [InlineData("daysSinceLastPurchase", "gt", "30.5", "value")]
    [InlineData("tier", "eq", "1", "value")]
    [InlineData("tier", "gt", "\"top\"", "op")]
    [InlineData("realizedValue", "gte", "1000", "value")]
    [InlineData("pAlive", "gte", "{\"amount\":\"1\",\"currency\":\"CNY\"}", "value")]
    public void A_comparison_between_kinds_is_a_type_mismatch(string field, string op, string value, string member)
    {
        var path = $"$.rules[0].when.parameters.{member}";
        var json = File(Rule(Compare(field, op, value)));
        var ex = Assert.ThrowsAny<JsonException>(() => PrivateTrafficJson.Deserialize<EngagementRuleSet>(json));
        Assert.Equal(path, ex.Path);
        Assert.Contains(((RuleValidationException)ex).Code, new[] { Codes.EngagementTypeMismatch, Codes.EngagementInvalidParameter });
    }

    [Fact]
    public void Unknown_types_members_and_repeated_members_are_refused_with_their_paths()
    {
        RuleGolden.AssertRefused(File(Rule("""{"type":"expression","parameters":{"text":"Tier == 0"}}""")), "$.rules[0].when.type", Codes.EngagementUnknownType);
        RuleGolden.AssertRefused(File(Rule(Leaf, extra: ""","actionz":[]""")), "$.rules[0].actionz", Codes.EngagementInvalidParameter);
        RuleGolden.AssertRefused(File(Rule("""{"type":"tagContains","parameters":{"tag":"a","tag":"b"}}""")), "$.rules[0].when.parameters.tag", Codes.EngagementInvalidParameter);
        RuleGolden.AssertRefused(File(Rule("""{"type":"tagContains","parameters":{"tag":7}}""")), "$.rules[0].when.parameters.tag", Codes.EngagementInvalidParameter);
        RuleGolden.AssertRefused(File(Rule("""{"type":"tagContains","parameters":{}}""")), "$.rules[0].when.parameters", Codes.EngagementInvalidParameter);
        RuleGolden.AssertRefused(File(Rule("""{"parameters":{"tag":"a"}}""")), "$.rules[0].when", Codes.EngagementInvalidParameter);
        RuleGolden.AssertRefused(File(Rule(Leaf), Rule(Leaf)), "$.rules[1].id", Codes.EngagementDuplicateRuleId);
        RuleGolden.AssertRefused(File(Rule("""{"type":"stageIs","parameters":{"stages":["sleeping"]}}""")), "$.rules[0].when.parameters.stages[0]", Codes.EngagementInvalidParameter);
        RuleGolden.AssertRefused(File(Rule("""{"type":"inSet","parameters":{"field":"pAlive","values":[0.5]}}""")), "$.rules[0].when.parameters.field", Codes.EngagementTypeMismatch);
        RuleGolden.AssertRefused(File(Rule("""{"type":"daysSince","parameters":{"field":"daysSinceLastPurchase"}}""")), "$.rules[0].when.parameters.atLeast", Codes.EngagementInvalidParameter);
        RuleGolden.AssertRefused(
            File(Rule(Leaf, extra: ",\"validFrom\":\"2026-01-02T00:00:00Z\",\"validUntil\":\"2026-01-01T00:00:00Z\"")), "$.rules[0].validUntil", Codes.EngagementInvalidParameter);
        RuleGolden.AssertRefused(
            File("""{"id":"r","name":"n","priority":1,"when":""" + (Leaf) + ""","actions":[{"type":"reach","parameters":{"channel":"wecom","channelKind":"taobao","messageClass":"marketing","deliveryMode":"directMessage"}}]}"""),
            "$.rules[0].actions[0].parameters.channelKind", Codes.EngagementInvalidParameter);
        RuleGolden.AssertRefused(
            File("""{"id":"r","name":"n","priority":1,"when":""" + (Leaf) + ""","actions":[{"type":"reach","parameters":{"channel":"wecom","channelKind":"douyin","messageClass":"marketing","deliveryMode":"directMessage"}}]}"""),
            "$.rules[0].actions[0].parameters.channelKind", Codes.EngagementInvalidParameter);
        RuleGolden.AssertRefused(
            File("""{"id":"r","name":"n","priority":1,"when":""" + (Leaf) + ""","actions":[{"type":"offerCoupon","parameters":{"value":{"amount":"-5","currency":"CNY"}}}]}"""),
            "$.rules[0].actions[0].parameters.value", Codes.EngagementInvalidParameter);
    }

    [Fact]
    public void Deep_trees_wide_nodes_huge_sets_and_too_many_rules_are_refused_at_the_limit()
    {
        var deep = Leaf;
        for (var i = 0; i < RuleLimits.MaxConditionDepth; i++)
        {
            deep = """{"type":"not","parameters":{"condition":""" + deep + "}}";
        }

        var ex = RuleGolden.AssertRefused(File(Rule(deep)), "$.rules[0].when" + string.Concat(Enumerable.Repeat(".parameters.condition", RuleLimits.MaxConditionDepth)), Codes.EngagementLimitExceeded);
        Assert.Contains("nest", ex.Message);

        var wide = All([.. Enumerable.Repeat(Leaf, RuleLimits.MaxChildren + 1)]);
        RuleGolden.AssertRefused(File(Rule(wide)), $"$.rules[0].when.parameters.conditions[{RuleLimits.MaxChildren}]", Codes.EngagementLimitExceeded);

        var set = """{"type":"inSet","parameters":{"field":"tier","values":[""" + (string.Join(",", Enumerable.Repeat("\"top\"", 100_000))) + """]}}""";
        RuleGolden.AssertRefused(File(Rule(set)), $"$.rules[0].when.parameters.values[{RuleLimits.MaxSetSize}]", Codes.EngagementLimitExceeded);

        var many = File([.. Enumerable.Range(0, RuleLimits.MaxRules + 1).Select(i => Rule(Leaf, "r" + i))]);
        RuleGolden.AssertRefused(many, $"$.rules[{RuleLimits.MaxRules}]", Codes.EngagementLimitExceeded);
    }

    [Fact]
    public void A_document_nested_past_the_JSON_limit_is_a_JsonException_with_a_path()
    {
        var json = new string('[', 200) + new string(']', 200);
        var ex = Assert.ThrowsAny<JsonException>(() => PrivateTrafficJson.Deserialize<EngagementRuleSet>("""{"rules":""" + json + "}"));
        Assert.NotNull(ex.Path);
    }

    [Fact]
    public void In_code_the_same_mistakes_are_argument_exceptions_naming_the_parameter()
    {
        var ex = Assert.ThrowsAny<System.ArgumentException>(() => Condition.Compare(MemberViewField.Tier, ComparisonOperator.Eq, FieldValue.OfDays(3)));
        Assert.Equal("value", ex.ParamName);
        Assert.Equal("op", Assert.ThrowsAny<System.ArgumentException>(() => Condition.Compare(MemberViewField.Tier, ComparisonOperator.Gt, FieldValue.Of(PrivateTraffic.Core.Value.ValueTier.Top))).ParamName);
        Assert.Equal("rules", Assert.ThrowsAny<System.ArgumentException>(() =>
            EngagementRuleSet.Create([EngagementRule.Create("a", "n", 1, Condition.All(), []), EngagementRule.Create("a", "m", 2, Condition.Any(), [])])).ParamName);
        Assert.Equal("conditions", Assert.ThrowsAny<System.ArgumentException>(() => Condition.All(Enumerable.Repeat(Condition.All(), 65))).ParamName);
    }
}
