using System.Collections.Generic;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Traffic;

namespace PrivateTraffic.Core.Serialization;

// The wire shapes of the traffic contracts (docs/json-traffic.md). Each is read strictly by TrafficJsonContext and
// then handed to the type's validating factory by its converter, so no contract is ever half-built from JSON.

internal sealed record TrafficChannelDto(ChannelId Id, string Name, string ChineseName, ChannelOwner Owner, ReachControl ReachControl, ChannelPricing Pricing, ChannelReuse Reuse);

internal sealed record FunnelDto(IReadOnlyList<string> Stages, IReadOnlyList<Probability> Conversions);

internal sealed record PublicCostModelDto(Currency Currency, Money PerThousandImpressions, Money PerClick, int ClickStage, Money PerAcquisition, decimal CommissionRate, Money AverageOrderValue, Money FixedFeesPerPeriod);

internal sealed record PrivatePoolCostModelDto(Money CapturePerMember, Money Setup, Money RunningPerMemberPerMonth, Money CostPerReach, Probability ConversionPerReach, Probability AttritionPerReach, Probability RepurchasePerReach);

internal sealed record TrafficScenarioDto(long PoolMembers, PrivatePoolCostModel Pool, Money PublicCostPerConversion, int Reaches, TimeUnit ReachEvery, Money? ValuePerConversion = null);

internal sealed record ReachOutcomeDto(int Reach, double Members, double Conversions, double Customers, Money PrivateCost, Money PublicCost, double? PrivateCostPerConversion);

internal sealed record BreakevenDto(int? Reach, NoBreakevenReason Reason);

internal sealed record TrafficComparisonDto(TrafficScenario Scenario, IReadOnlyList<ReachOutcomeDto> Curve, BreakevenDto Breakeven, Period? Payback = null);
