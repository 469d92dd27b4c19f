using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// Source-generated JSON metadata for the engagement rules: the rule set (read and written by
/// <see cref="EngagementRuleSetJsonConverter"/>, which walks the document itself to report each error with its path) and
/// the scalar types its parameters use.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    NumberHandling = JsonNumberHandling.Strict,
    AllowDuplicateProperties = false,
    Converters = [typeof(InstantJsonConverter)])]
[JsonSerializable(typeof(EngagementRuleSet))]
[JsonSerializable(typeof(ComparisonOperator))]
[JsonSerializable(typeof(ConditionType))]
[JsonSerializable(typeof(RuleActionType))]
[JsonSerializable(typeof(RuleOutcome))]
[JsonSerializable(typeof(MemberViewField))]
[JsonSerializable(typeof(FieldKind))]
[JsonSerializable(typeof(MessageClass))]
[JsonSerializable(typeof(DeliveryMode))]
[JsonSerializable(typeof(SopId))]
[JsonSerializable(typeof(ChannelKind))]
[JsonSerializable(typeof(ChannelId))]
[JsonSerializable(typeof(ConsentPurpose))]
[JsonSerializable(typeof(LifecycleStage))]
[JsonSerializable(typeof(ValueTier))]
[JsonSerializable(typeof(CommunityRole))]
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(Instant))]
internal sealed partial class EngagementRulesJsonContext : JsonSerializerContext;

/// <summary>Reads a rule set through <see cref="EngagementRulesJsonReader"/> (checked and compiled as it is read) and
/// writes it through <see cref="EngagementRulesJsonWriter"/>.</summary>
internal sealed class EngagementRuleSetJsonConverter : JsonConverter<EngagementRuleSet>
{
    public override EngagementRuleSet Read(ref System.Text.Json.Utf8JsonReader reader, System.Type typeToConvert, System.Text.Json.JsonSerializerOptions options)
    {
        using var document = System.Text.Json.JsonDocument.ParseValue(ref reader);
        return EngagementRulesJsonReader.ReadSet(document.RootElement);
    }

    public override void Write(System.Text.Json.Utf8JsonWriter writer, EngagementRuleSet value, System.Text.Json.JsonSerializerOptions options) =>
        EngagementRulesJsonWriter.Write(writer, value);
}
