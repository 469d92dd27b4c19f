using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// Source-generated JSON metadata for the customer-base models (parameters and fit results). The public types have
/// invariants, so each is read as a plain DTO and then built through its validating factory by a converter below.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NumberHandling = JsonNumberHandling.Strict,
    AllowOutOfOrderMetadataProperties = true,
    AllowDuplicateProperties = false,
    Converters = [
        typeof(FiniteDoubleJsonConverter), typeof(BoundedStringJsonConverter), typeof(InstantJsonConverter), typeof(LocalDateJsonConverter), typeof(LocalTimeJsonConverter),
        typeof(LocalDateTimeJsonConverter), typeof(DurationJsonConverter), typeof(PeriodJsonConverter),
        typeof(DateTimeZoneJsonConverter)])]
[JsonSerializable(typeof(BgNbdParameters))]
[JsonSerializable(typeof(ModelFit<BgNbdParameters>))]
[JsonSerializable(typeof(ModelFitStatus))]
[JsonSerializable(typeof(GammaGammaParameters))]
[JsonSerializable(typeof(ModelFit<GammaGammaParameters>))]
[JsonSerializable(typeof(ParetoNbdParameters))]
[JsonSerializable(typeof(ModelFit<ParetoNbdParameters>))]
[JsonSerializable(typeof(BgNbdParametersDto))]
[JsonSerializable(typeof(ParetoNbdParametersDto))]
[JsonSerializable(typeof(FitDto<ParetoNbdParameters>))]
[JsonSerializable(typeof(GammaGammaParametersDto))]
[JsonSerializable(typeof(FitDto<GammaGammaParameters>))]
[JsonSerializable(typeof(FitDto<BgNbdParameters>))]
[JsonSerializable(typeof(ShiftedBetaGeometricParameters))]
[JsonSerializable(typeof(ModelFit<ShiftedBetaGeometricParameters>))]
[JsonSerializable(typeof(ShiftedBetaGeometricParametersDto))]
[JsonSerializable(typeof(FitDto<ShiftedBetaGeometricParameters>))]
internal sealed partial class ValueModelsJsonContext : JsonSerializerContext;

internal sealed record BgNbdParametersDto(double R, double Alpha, double A, double B, TimeUnit Unit);

internal sealed record GammaGammaParametersDto(double P, double Q, double Gamma);

internal sealed record ParetoNbdParametersDto(double R, double Alpha, double S, double Beta, TimeUnit Unit);

/// <summary>The wire shape every fit result shares; only the parameters' type differs between models.</summary>
internal sealed record FitDto<TParameters>(ModelFitStatus Status, string? Message, TParameters? Parameters, IReadOnlyList<double>? StandardErrors, double? LogLikelihood, int Iterations, int CustomerCount)
    where TParameters : struct, IModelParameters;

internal sealed class BgNbdParametersJsonConverter : DtoJsonConverter<BgNbdParameters, BgNbdParametersDto>
{
    protected override JsonTypeInfo<BgNbdParametersDto> DtoInfo => ValueModelsJsonContext.Default.BgNbdParametersDto;

    protected override BgNbdParameters FromDto(BgNbdParametersDto dto) => BgNbdParameters.Create(dto.R, dto.Alpha, dto.A, dto.B, dto.Unit);

    protected override BgNbdParametersDto ToDto(BgNbdParameters value) => new(value.R, value.Alpha, value.A, value.B, value.Unit);
}

internal sealed class GammaGammaParametersJsonConverter : DtoJsonConverter<GammaGammaParameters, GammaGammaParametersDto>
{
    protected override JsonTypeInfo<GammaGammaParametersDto> DtoInfo => ValueModelsJsonContext.Default.GammaGammaParametersDto;

    protected override GammaGammaParameters FromDto(GammaGammaParametersDto dto) => GammaGammaParameters.Create(dto.P, dto.Q, dto.Gamma);

    protected override GammaGammaParametersDto ToDto(GammaGammaParameters value) => new(value.P, value.Q, value.Gamma);
}

internal sealed class ParetoNbdParametersJsonConverter : DtoJsonConverter<ParetoNbdParameters, ParetoNbdParametersDto>
{
    protected override JsonTypeInfo<ParetoNbdParametersDto> DtoInfo => ValueModelsJsonContext.Default.ParetoNbdParametersDto;

    protected override ParetoNbdParameters FromDto(ParetoNbdParametersDto dto) => ParetoNbdParameters.Create(dto.R, dto.Alpha, dto.S, dto.Beta, dto.Unit);

    protected override ParetoNbdParametersDto ToDto(ParetoNbdParameters value) => new(value.R, value.Alpha, value.S, value.Beta, value.Unit);
}

/// <summary>
/// Reads any model's fit through <see cref="FitDto{TParameters}"/> with one rule: a converged fit carries parameters
/// and a log-likelihood, a failed fit carries no estimates at all.
/// </summary>
internal sealed class ModelFitJsonConverter<TParameters>(JsonTypeInfo<FitDto<TParameters>> dtoInfo) : DtoJsonConverter<ModelFit<TParameters>, FitDto<TParameters>>
    where TParameters : struct, IModelParameters
{
    protected override JsonTypeInfo<FitDto<TParameters>> DtoInfo => dtoInfo;

    protected override ModelFit<TParameters> FromDto(FitDto<TParameters> dto) => dto.Status == ModelFitStatus.Converged
        ? dto.Message is null
            ? ModelFit.Converged(
                dto.Parameters ?? throw new ArgumentException("A converged fit has parameters.", nameof(dto)),
                dto.StandardErrors,
                dto.LogLikelihood ?? throw new ArgumentException("A converged fit has a log-likelihood.", nameof(dto)),
                dto.Iterations,
                dto.CustomerCount)
            : throw new ArgumentException("A converged fit has no failure message.", nameof(dto))
        : dto.Parameters is null && dto.StandardErrors is null && dto.LogLikelihood is null
            ? ModelFit.Failed<TParameters>(dto.Status, dto.Message ?? string.Empty, dto.Iterations, dto.CustomerCount)
            : throw new ArgumentException("A failed fit carries no estimates.", nameof(dto));

    protected override FitDto<TParameters> ToDto(ModelFit<TParameters> value) =>
        new(value.Status, value.Message, value.Parameters, value.StandardErrors, value.LogLikelihood, value.Iterations, value.CustomerCount);
}

/// <summary>
/// Gives each model's fit its converter, with the metadata of its data transfer object from
/// <see cref="ValueModelsJsonContext"/> (no reflection, so trimming and AOT keep working).
/// </summary>
internal sealed class ModelFitJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert == typeof(ModelFit<BgNbdParameters>)
        || typeToConvert == typeof(ModelFit<ParetoNbdParameters>)
        || typeToConvert == typeof(ModelFit<GammaGammaParameters>)
        || typeToConvert == typeof(ModelFit<ShiftedBetaGeometricParameters>);

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        typeToConvert == typeof(ModelFit<BgNbdParameters>) ? new ModelFitJsonConverter<BgNbdParameters>(ValueModelsJsonContext.Default.FitDtoBgNbdParameters)
        : typeToConvert == typeof(ModelFit<ParetoNbdParameters>) ? new ModelFitJsonConverter<ParetoNbdParameters>(ValueModelsJsonContext.Default.FitDtoParetoNbdParameters)
        : typeToConvert == typeof(ModelFit<GammaGammaParameters>) ? new ModelFitJsonConverter<GammaGammaParameters>(ValueModelsJsonContext.Default.FitDtoGammaGammaParameters)
        : typeToConvert == typeof(ModelFit<ShiftedBetaGeometricParameters>) ? new ModelFitJsonConverter<ShiftedBetaGeometricParameters>(ValueModelsJsonContext.Default.FitDtoShiftedBetaGeometricParameters)
        : throw new NotSupportedException($"No fit contract for {typeToConvert}.");
}
