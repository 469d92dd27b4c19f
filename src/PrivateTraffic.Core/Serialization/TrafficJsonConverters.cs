using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Traffic;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// Reads a traffic contract as its plain wire shape through <see cref="TrafficJsonContext"/>, then builds it with the
/// type's validating factory; a broken rule becomes a <see cref="JsonException"/> (the serializer adds the path).
/// </summary>
internal abstract class TrafficDtoJsonConverter<T, TDto> : JsonConverter<T>
    where T : class
    where TDto : class
{
    protected abstract JsonTypeInfo<TDto> Shape { get; }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var dto = JsonSerializer.Deserialize(ref reader, Shape) ?? throw new JsonException($"Expected a {typeof(T).Name}, found null.");
        try
        {
            return FromDto(dto);
        }
        catch (Exception ex) when (ex is ArgumentException or DomainRuleException)
        {
            throw new JsonException($"Invalid {typeof(T).Name}: {ex.Message}", ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, ToDto(value), Shape);

    protected abstract TDto ToDto(T value);

    protected abstract T FromDto(TDto dto);
}

internal sealed class TrafficChannelJsonConverter : TrafficDtoJsonConverter<TrafficChannel, TrafficChannelDto>
{
    protected override JsonTypeInfo<TrafficChannelDto> Shape => TrafficJsonContext.Default.TrafficChannelDto;

    protected override TrafficChannelDto ToDto(TrafficChannel value) =>
        new(value.Id, value.Name, value.ChineseName, value.Owner, value.ReachControl, value.Pricing, value.Reuse);

    protected override TrafficChannel FromDto(TrafficChannelDto dto) =>
        TrafficChannel.Define(dto.Id, dto.Name, dto.ChineseName, dto.Owner, dto.ReachControl, dto.Pricing, dto.Reuse);
}

internal sealed class FunnelJsonConverter : TrafficDtoJsonConverter<Funnel, FunnelDto>
{
    protected override JsonTypeInfo<FunnelDto> Shape => TrafficJsonContext.Default.FunnelDto;

    protected override FunnelDto ToDto(Funnel value) => new(value.Stages, value.Conversions);

    protected override Funnel FromDto(FunnelDto dto) => Funnel.Create(dto.Stages, dto.Conversions);
}

internal sealed class PublicCostModelJsonConverter : TrafficDtoJsonConverter<PublicCostModel, PublicCostModelDto>
{
    protected override JsonTypeInfo<PublicCostModelDto> Shape => TrafficJsonContext.Default.PublicCostModelDto;

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

internal sealed class PrivatePoolCostModelJsonConverter : TrafficDtoJsonConverter<PrivatePoolCostModel, PrivatePoolCostModelDto>
{
    protected override JsonTypeInfo<PrivatePoolCostModelDto> Shape => TrafficJsonContext.Default.PrivatePoolCostModelDto;

    protected override PrivatePoolCostModelDto ToDto(PrivatePoolCostModel value) =>
        new(value.CapturePerMember, value.Setup, value.RunningPerMemberPerMonth, value.CostPerReach, value.ConversionPerReach, value.AttritionPerReach, value.RepurchasePerReach);

    protected override PrivatePoolCostModel FromDto(PrivatePoolCostModelDto dto) =>
        PrivatePoolCostModel.Create(dto.CapturePerMember, dto.Setup, dto.RunningPerMemberPerMonth, dto.CostPerReach, dto.ConversionPerReach, dto.AttritionPerReach, dto.RepurchasePerReach);
}

internal sealed class TrafficScenarioJsonConverter : TrafficDtoJsonConverter<TrafficScenario, TrafficScenarioDto>
{
    protected override JsonTypeInfo<TrafficScenarioDto> Shape => TrafficJsonContext.Default.TrafficScenarioDto;

    protected override TrafficScenarioDto ToDto(TrafficScenario value) =>
        new(value.PoolMembers, value.Pool, value.PublicCostPerConversion, value.Reaches, value.ReachEvery, value.ValuePerConversion);

    protected override TrafficScenario FromDto(TrafficScenarioDto dto) =>
        TrafficScenario.Create(dto.PoolMembers, dto.Pool, dto.PublicCostPerConversion, dto.Reaches, dto.ReachEvery, dto.ValuePerConversion);
}

internal sealed class TrafficComparisonJsonConverter : TrafficDtoJsonConverter<TrafficComparison, TrafficComparisonDto>
{
    protected override JsonTypeInfo<TrafficComparisonDto> Shape => TrafficJsonContext.Default.TrafficComparisonDto;

    protected override TrafficComparisonDto ToDto(TrafficComparison value) =>
        new(
            value.Scenario,
            value.Curve.Select(p => new ReachOutcomeDto(p.Reach, p.Members, p.Conversions, p.Customers, p.PrivateCost, p.PublicCost, p.PrivateCostPerConversion)).ToArray(),
            new BreakevenDto(value.Breakeven.Reach, value.Breakeven.Reason),
            value.Payback);

    protected override TrafficComparison FromDto(TrafficComparisonDto dto) =>
        TrafficComparison.FromParts(
            dto.Scenario,
            dto.Curve.Select(p => ReachOutcome.FromParts(p.Reach, p.Members, p.Conversions, p.Customers, p.PrivateCost, p.PublicCost, p.PrivateCostPerConversion)).ToArray(),
            Breakeven.FromParts(dto.Breakeven.Reach, dto.Breakeven.Reason),
            dto.Payback);
}
