using System.Collections.Generic;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Fission;

namespace PrivateTraffic.Core.Serialization;

/// <summary>The fission capability's contracts: campaign events, their definitions and snapshots, the viral growth model and its fit from data (docs/json-fission.md).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NumberHandling = JsonNumberHandling.Strict,
    AllowOutOfOrderMetadataProperties = true,
    AllowDuplicateProperties = false,
    Converters = [typeof(FiniteDoubleJsonConverter), typeof(NonNullListJsonConverter<CampaignEvent>), typeof(BoundedStringJsonConverter), typeof(InstantJsonConverter), typeof(DateTimeZoneJsonConverter), typeof(DurationJsonConverter)])]
[JsonSerializable(typeof(CampaignEvent))]
[JsonSerializable(typeof(CampaignLaunched))]
[JsonSerializable(typeof(ReferralCredited))]
[JsonSerializable(typeof(HelperLeft))]
[JsonSerializable(typeof(CampaignEnded))]
[JsonSerializable(typeof(IReadOnlyList<CampaignEvent>))]
[JsonSerializable(typeof(CampaignSnapshot))]
[JsonSerializable(typeof(RewardRule))]
[JsonSerializable(typeof(RewardStage))]
[JsonSerializable(typeof(CampaignEndReason))]
[JsonSerializable(typeof(CommissionPaid))]
[JsonSerializable(typeof(LevelCommission))]
[JsonSerializable(typeof(DistributionRule))]
[JsonSerializable(typeof(ViralGrowthModel))]
[JsonSerializable(typeof(ViralGrowthModelDto))]
[JsonSerializable(typeof(ObservedVirality))]
[JsonSerializable(typeof(ViralityEstimate))]
[JsonSerializable(typeof(CycleTimeEstimate))]
internal sealed partial class FissionJsonContext : JsonSerializerContext;
