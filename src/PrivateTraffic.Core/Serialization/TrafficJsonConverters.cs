using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Traffic;

namespace PrivateTraffic.Core.Serialization;

internal sealed class TrafficChannelJsonConverter : DtoJsonConverter<TrafficChannel, TrafficChannelDto>
{
    protected override JsonTypeInfo<TrafficChannelDto> DtoInfo => TrafficJsonContext.Default.TrafficChannelDto;

    protected override TrafficChannelDto ToDto(TrafficChannel value) =>
        new(value.Id, value.Name, value.ChineseName, value.Owner, value.ReachControl, value.Pricing, value.Reuse, value.ChannelKind);

    protected override TrafficChannel FromDto(TrafficChannelDto dto) =>
        TrafficChannel.FromParts(dto.Id, dto.Name, dto.ChineseName, ChannelTraits.Create(dto.Owner, dto.ReachControl, dto.Pricing, dto.Reuse), dto.ChannelKind);
}

internal sealed class FunnelJsonConverter : DtoJsonConverter<Funnel, FunnelDto>
{
    protected override JsonTypeInfo<FunnelDto> DtoInfo => TrafficJsonContext.Default.FunnelDto;

    protected override FunnelDto ToDto(Funnel value) => new(value.Stages, value.Conversions);

    protected override Funnel FromDto(FunnelDto dto) => Funnel.Create(dto.Stages, dto.Conversions);
}

internal sealed class PublicCostModelJsonConverter : DtoJsonConverter<PublicCostModel, PublicCostModelDto>
{
    protected override JsonTypeInfo<PublicCostModelDto> DtoInfo => TrafficJsonContext.Default.PublicCostModelDto;

    protected override PublicCostModelDto ToDto(PublicCostModel value) =>
        new(value.Currency, value.PerThousandImpressions, value.PerClick, value.ClickStage, value.PerAcquisition, value.CommissionRate, value.AverageOrderValue, value.FixedFeesPerPeriod);

    protected override PublicCostModel FromDto(PublicCostModelDto dto) =>
        PublicCostModel.None(dto.Currency)
            .WithCpm(dto.PerThousandImpressions)
            .WithCpc(dto.PerClick, dto.ClickStage)
            .WithCpa(dto.PerAcquisition)
            .WithCommission(dto.CommissionRate, dto.AverageOrderValue)
            .WithFixedFees(dto.FixedFeesPerPeriod);
}

internal sealed class PrivatePoolCostModelJsonConverter : DtoJsonConverter<PrivatePoolCostModel, PrivatePoolCostModelDto>
{
    protected override JsonTypeInfo<PrivatePoolCostModelDto> DtoInfo => TrafficJsonContext.Default.PrivatePoolCostModelDto;

    protected override PrivatePoolCostModelDto ToDto(PrivatePoolCostModel value) =>
        new(value.CapturePerMember, value.Setup, value.RunningPerMemberPerMonth, value.CostPerReach, value.ConversionPerReach, value.AttritionPerReach, value.RepurchasePerReach);

    protected override PrivatePoolCostModel FromDto(PrivatePoolCostModelDto dto) =>
        PrivatePoolCostModel.Create(dto.CapturePerMember, dto.Setup, dto.RunningPerMemberPerMonth, dto.CostPerReach, dto.ConversionPerReach, dto.AttritionPerReach, dto.RepurchasePerReach);
}

internal sealed class TrafficScenarioJsonConverter : DtoJsonConverter<TrafficScenario, TrafficScenarioDto>
{
    protected override JsonTypeInfo<TrafficScenarioDto> DtoInfo => TrafficJsonContext.Default.TrafficScenarioDto;

    protected override TrafficScenarioDto ToDto(TrafficScenario value) =>
        new(value.PoolMembers, value.Pool, value.PublicCostPerConversion, value.Reaches, value.ReachEvery, value.ValuePerConversion);

    protected override TrafficScenario FromDto(TrafficScenarioDto dto) =>
        TrafficScenario.Create(dto.PoolMembers, dto.Pool, dto.PublicCostPerConversion, dto.Reaches, dto.ReachEvery, dto.ValuePerConversion);
}

internal sealed class TrafficComparisonJsonConverter : DtoJsonConverter<TrafficComparison, TrafficComparisonDto>
{
    protected override JsonTypeInfo<TrafficComparisonDto> DtoInfo => TrafficJsonContext.Default.TrafficComparisonDto;

    protected override TrafficComparisonDto ToDto(TrafficComparison value) =>
        new(
            value.Scenario,
            value.Curve.Select(p => new ReachOutcomeDto(p.Reach, p.Members, p.Conversions, p.Customers, p.PrivateCost, p.PublicCost, p.PrivateCostPerConversion)).ToArray(),
            Breakeven: null,
            value.Payback,
            new CostCrossoverDto(value.Crossover.Reach, value.Crossover.Reason));

    protected override TrafficComparison FromDto(TrafficComparisonDto dto) =>
        TrafficComparison.FromParts(
            dto.Scenario,
            dto.Curve.Select(p => ReachOutcome.FromParts(p.Reach, p.Members, p.Conversions, p.Customers, p.PrivateCost, p.PublicCost, p.PrivateCostPerConversion)).ToArray(),
            Crossover(dto),
            dto.Payback);

    // v1 files name the crossover "breakeven"; a file has exactly one of the two names.
    private static CostCrossover Crossover(TrafficComparisonDto dto)
    {
        var part = (dto.Crossover, dto.Breakeven) switch
        {
            ({ } crossover, null) => crossover,
            (null, { } breakeven) => breakeven,
            (null, null) => throw new JsonException("A comparison needs its crossover."),
            _ => throw new JsonException("A comparison has either crossover or its v1 name breakeven, not both."),
        };
        return CostCrossover.FromParts(part.Reach, part.Reason);
    }
}
