using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Traffic;

namespace PrivateTraffic.Core.Serialization;

// The wire shapes of the traffic contracts (docs/json-traffic.md). Each is read strictly by TrafficJsonContext and
// then handed to the type's validating factory by its converter, so no contract is ever half-built from JSON.

// channelKind was added after v1 (additive): absent or null for a channel defined by its traits alone.
internal sealed record TrafficChannelDto(
    ChannelId Id,
    string Name,
    string ChineseName,
    ChannelOwner Owner,
    ReachControl ReachControl,
    ChannelPricing Pricing,
    ChannelReuse Reuse,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ChannelKind? ChannelKind = null);

internal sealed record FunnelDto(IReadOnlyList<string> Stages, IReadOnlyList<Probability> Conversions);

internal sealed record PublicCostModelDto(Currency Currency, Money PerThousandImpressions, Money PerClick, int ClickStage, Money PerAcquisition, decimal CommissionRate, Money AverageOrderValue, Money FixedFeesPerPeriod);

internal sealed record PrivatePoolCostModelDto(Money CapturePerMember, Money Setup, Money RunningPerMemberPerMonth, Money CostPerReach, Probability ConversionPerReach, Probability AttritionPerReach, Probability RepurchasePerReach);

internal sealed record TrafficScenarioDto(long PoolMembers, PrivatePoolCostModel Pool, Money PublicCostPerConversion, int Reaches, TimeUnit ReachEvery, Money? ValuePerConversion = null);

internal sealed record ReachOutcomeDto(int Reach, double Members, double Conversions, double Customers, Money PrivateCost, Money PublicCost, double? PrivateCostPerConversion);

internal sealed record CostCrossoverDto(int? Reach, NoCrossoverReason Reason);

// "breakeven" is the v1 name of the crossover: still read, no longer written (docs/json-traffic.md).
internal sealed record TrafficComparisonDto(
    TrafficScenario Scenario,
    IReadOnlyList<ReachOutcomeDto> Curve,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] CostCrossoverDto? Breakeven = null,
    Period? Payback = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] CostCrossoverDto? Crossover = null);
