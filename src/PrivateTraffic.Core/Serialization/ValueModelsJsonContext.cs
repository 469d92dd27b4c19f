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
    Converters = [
        typeof(InstantJsonConverter), typeof(LocalDateJsonConverter), typeof(LocalTimeJsonConverter),
        typeof(LocalDateTimeJsonConverter), typeof(DurationJsonConverter), typeof(PeriodJsonConverter),
        typeof(DateTimeZoneJsonConverter)])]
[JsonSerializable(typeof(BgNbdParameters))]
[JsonSerializable(typeof(BgNbdFit))]
[JsonSerializable(typeof(ModelFitStatus))]
[JsonSerializable(typeof(GammaGammaParameters))]
[JsonSerializable(typeof(GammaGammaFit))]
[JsonSerializable(typeof(ParetoNbdParameters))]
[JsonSerializable(typeof(ParetoNbdFit))]
[JsonSerializable(typeof(BgNbdParametersDto))]
[JsonSerializable(typeof(ParetoNbdParametersDto))]
[JsonSerializable(typeof(FitDto<ParetoNbdParameters>))]
[JsonSerializable(typeof(GammaGammaParametersDto))]
[JsonSerializable(typeof(FitDto<GammaGammaParameters>))]
[JsonSerializable(typeof(FitDto<BgNbdParameters>))]
internal sealed partial class ValueModelsJsonContext : JsonSerializerContext;

internal sealed record BgNbdParametersDto(double R, double Alpha, double A, double B, TimeUnit Unit);

internal sealed record GammaGammaParametersDto(double P, double Q, double Gamma);

internal sealed record ParetoNbdParametersDto(double R, double Alpha, double S, double Beta, TimeUnit Unit);

/// <summary>The wire shape every fit result shares; only the parameters' type differs between models.</summary>
internal sealed record FitDto<TParameters>(ModelFitStatus Status, string? Message, TParameters? Parameters, IReadOnlyList<double>? StandardErrors, double? LogLikelihood, int Iterations, int CustomerCount)
    where TParameters : struct;

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
/// and a log-likelihood, a failed fit carries no estimates at all. Each model only names its two factories.
/// </summary>
internal abstract class ModelFitJsonConverter<TFit, TParameters> : DtoJsonConverter<TFit, FitDto<TParameters>>
    where TFit : ModelFit
    where TParameters : struct
{
    protected abstract TFit Converged(TParameters parameters, IReadOnlyList<double>? standardErrors, double logLikelihood, int iterations, int customerCount);

    protected abstract TFit Failed(ModelFitStatus status, string message, int iterations, int customerCount);

    protected abstract TParameters? ParametersOf(TFit fit);

    protected sealed override TFit FromDto(FitDto<TParameters> dto) => dto.Status == ModelFitStatus.Converged
        ? Converged(
            dto.Parameters ?? throw new ArgumentException("A converged fit has parameters.", nameof(dto)),
            dto.StandardErrors,
            dto.LogLikelihood ?? throw new ArgumentException("A converged fit has a log-likelihood.", nameof(dto)),
            dto.Iterations,
            dto.CustomerCount)
        : dto.Parameters is null && dto.StandardErrors is null && dto.LogLikelihood is null
            ? Failed(dto.Status, dto.Message ?? string.Empty, dto.Iterations, dto.CustomerCount)
            : throw new ArgumentException("A failed fit carries no estimates.", nameof(dto));

    protected sealed override FitDto<TParameters> ToDto(TFit value) =>
        new(value.Status, value.Message, ParametersOf(value), value.StandardErrors, value.LogLikelihood, value.Iterations, value.CustomerCount);
}

internal sealed class BgNbdFitJsonConverter : ModelFitJsonConverter<BgNbdFit, BgNbdParameters>
{
    protected override JsonTypeInfo<FitDto<BgNbdParameters>> DtoInfo => ValueModelsJsonContext.Default.FitDtoBgNbdParameters;

    protected override BgNbdFit Converged(BgNbdParameters parameters, IReadOnlyList<double>? standardErrors, double logLikelihood, int iterations, int customerCount) =>
        BgNbdFit.Converged(parameters, standardErrors, logLikelihood, iterations, customerCount);

    protected override BgNbdFit Failed(ModelFitStatus status, string message, int iterations, int customerCount) =>
        BgNbdFit.Failed(status, message, iterations, customerCount);

    protected override BgNbdParameters? ParametersOf(BgNbdFit fit) => fit.Parameters;
}

internal sealed class ParetoNbdFitJsonConverter : ModelFitJsonConverter<ParetoNbdFit, ParetoNbdParameters>
{
    protected override JsonTypeInfo<FitDto<ParetoNbdParameters>> DtoInfo => ValueModelsJsonContext.Default.FitDtoParetoNbdParameters;

    protected override ParetoNbdFit Converged(ParetoNbdParameters parameters, IReadOnlyList<double>? standardErrors, double logLikelihood, int iterations, int customerCount) =>
        ParetoNbdFit.Converged(parameters, standardErrors, logLikelihood, iterations, customerCount);

    protected override ParetoNbdFit Failed(ModelFitStatus status, string message, int iterations, int customerCount) =>
        ParetoNbdFit.Failed(status, message, iterations, customerCount);

    protected override ParetoNbdParameters? ParametersOf(ParetoNbdFit fit) => fit.Parameters;
}

internal sealed class GammaGammaFitJsonConverter : ModelFitJsonConverter<GammaGammaFit, GammaGammaParameters>
{
    protected override JsonTypeInfo<FitDto<GammaGammaParameters>> DtoInfo => ValueModelsJsonContext.Default.FitDtoGammaGammaParameters;

    protected override GammaGammaFit Converged(GammaGammaParameters parameters, IReadOnlyList<double>? standardErrors, double logLikelihood, int iterations, int customerCount) =>
        GammaGammaFit.Converged(parameters, standardErrors, logLikelihood, iterations, customerCount);

    protected override GammaGammaFit Failed(ModelFitStatus status, string message, int iterations, int customerCount) =>
        GammaGammaFit.Failed(status, message, iterations, customerCount);

    protected override GammaGammaParameters? ParametersOf(GammaGammaFit fit) => fit.Parameters;
}
