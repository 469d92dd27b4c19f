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
[JsonSerializable(typeof(ParetoNbdFitDto))]
[JsonSerializable(typeof(GammaGammaParametersDto))]
[JsonSerializable(typeof(GammaGammaFitDto))]
[JsonSerializable(typeof(BgNbdFitDto))]
internal sealed partial class ValueModelsJsonContext : JsonSerializerContext;

internal sealed record BgNbdParametersDto(double R, double Alpha, double A, double B, TimeUnit Unit);

internal sealed record GammaGammaParametersDto(double P, double Q, double Gamma);

internal sealed record ParetoNbdParametersDto(double R, double Alpha, double S, double Beta, TimeUnit Unit);

internal sealed record BgNbdFitDto(ModelFitStatus Status, string? Message, BgNbdParameters? Parameters, IReadOnlyList<double>? StandardErrors, double? LogLikelihood, int Iterations, int CustomerCount);

internal sealed class BgNbdParametersJsonConverter : DtoJsonConverter<BgNbdParameters, BgNbdParametersDto>
{
    protected override JsonTypeInfo<BgNbdParametersDto> DtoInfo => ValueModelsJsonContext.Default.BgNbdParametersDto;

    protected override BgNbdParameters FromDto(BgNbdParametersDto dto) => BgNbdParameters.Create(dto.R, dto.Alpha, dto.A, dto.B, dto.Unit);

    protected override BgNbdParametersDto ToDto(BgNbdParameters value) => new(value.R, value.Alpha, value.A, value.B, value.Unit);
}

internal sealed class BgNbdFitJsonConverter : DtoJsonConverter<BgNbdFit, BgNbdFitDto>
{
    protected override JsonTypeInfo<BgNbdFitDto> DtoInfo => ValueModelsJsonContext.Default.BgNbdFitDto;

    protected override BgNbdFit FromDto(BgNbdFitDto dto) => dto.Status == ModelFitStatus.Converged
        ? BgNbdFit.Converged(
            dto.Parameters ?? throw new ArgumentException("A converged fit has parameters.", nameof(dto)),
            dto.StandardErrors,
            dto.LogLikelihood ?? throw new ArgumentException("A converged fit has a log-likelihood.", nameof(dto)),
            dto.Iterations,
            dto.CustomerCount)
        : dto.Parameters is null && dto.StandardErrors is null && dto.LogLikelihood is null
            ? BgNbdFit.Failed(dto.Status, dto.Message ?? string.Empty, dto.Iterations, dto.CustomerCount)
            : throw new ArgumentException("A failed fit carries no estimates.", nameof(dto));

    protected override BgNbdFitDto ToDto(BgNbdFit value) =>
        new(value.Status, value.Message, value.Parameters, value.StandardErrors, value.LogLikelihood, value.Iterations, value.CustomerCount);
}

internal sealed class GammaGammaParametersJsonConverter : DtoJsonConverter<GammaGammaParameters, GammaGammaParametersDto>
{
    protected override JsonTypeInfo<GammaGammaParametersDto> DtoInfo => ValueModelsJsonContext.Default.GammaGammaParametersDto;

    protected override GammaGammaParameters FromDto(GammaGammaParametersDto dto) => GammaGammaParameters.Create(dto.P, dto.Q, dto.Gamma);

    protected override GammaGammaParametersDto ToDto(GammaGammaParameters value) => new(value.P, value.Q, value.Gamma);
}

internal sealed record GammaGammaFitDto(ModelFitStatus Status, string? Message, GammaGammaParameters? Parameters, IReadOnlyList<double>? StandardErrors, double? LogLikelihood, int Iterations, int CustomerCount);

internal sealed class GammaGammaFitJsonConverter : DtoJsonConverter<GammaGammaFit, GammaGammaFitDto>
{
    protected override JsonTypeInfo<GammaGammaFitDto> DtoInfo => ValueModelsJsonContext.Default.GammaGammaFitDto;

    protected override GammaGammaFit FromDto(GammaGammaFitDto dto) => dto.Status == ModelFitStatus.Converged
        ? GammaGammaFit.Converged(
            dto.Parameters ?? throw new ArgumentException("A converged fit has parameters.", nameof(dto)),
            dto.StandardErrors,
            dto.LogLikelihood ?? throw new ArgumentException("A converged fit has a log-likelihood.", nameof(dto)),
            dto.Iterations,
            dto.CustomerCount)
        : dto.Parameters is null && dto.StandardErrors is null && dto.LogLikelihood is null
            ? GammaGammaFit.Failed(dto.Status, dto.Message ?? string.Empty, dto.Iterations, dto.CustomerCount)
            : throw new ArgumentException("A failed fit carries no estimates.", nameof(dto));

    protected override GammaGammaFitDto ToDto(GammaGammaFit value) =>
        new(value.Status, value.Message, value.Parameters, value.StandardErrors, value.LogLikelihood, value.Iterations, value.CustomerCount);
}

internal sealed record ParetoNbdFitDto(ModelFitStatus Status, string? Message, ParetoNbdParameters? Parameters, IReadOnlyList<double>? StandardErrors, double? LogLikelihood, int Iterations, int CustomerCount);

internal sealed class ParetoNbdParametersJsonConverter : DtoJsonConverter<ParetoNbdParameters, ParetoNbdParametersDto>
{
    protected override JsonTypeInfo<ParetoNbdParametersDto> DtoInfo => ValueModelsJsonContext.Default.ParetoNbdParametersDto;

    protected override ParetoNbdParameters FromDto(ParetoNbdParametersDto dto) => ParetoNbdParameters.Create(dto.R, dto.Alpha, dto.S, dto.Beta, dto.Unit);

    protected override ParetoNbdParametersDto ToDto(ParetoNbdParameters value) => new(value.R, value.Alpha, value.S, value.Beta, value.Unit);
}

internal sealed class ParetoNbdFitJsonConverter : DtoJsonConverter<ParetoNbdFit, ParetoNbdFitDto>
{
    protected override JsonTypeInfo<ParetoNbdFitDto> DtoInfo => ValueModelsJsonContext.Default.ParetoNbdFitDto;

    protected override ParetoNbdFit FromDto(ParetoNbdFitDto dto) => dto.Status == ModelFitStatus.Converged
        ? ParetoNbdFit.Converged(
            dto.Parameters ?? throw new ArgumentException("A converged fit has parameters.", nameof(dto)),
            dto.StandardErrors,
            dto.LogLikelihood ?? throw new ArgumentException("A converged fit has a log-likelihood.", nameof(dto)),
            dto.Iterations,
            dto.CustomerCount)
        : dto.Parameters is null && dto.StandardErrors is null && dto.LogLikelihood is null
            ? ParetoNbdFit.Failed(dto.Status, dto.Message ?? string.Empty, dto.Iterations, dto.CustomerCount)
            : throw new ArgumentException("A failed fit carries no estimates.", nameof(dto));

    protected override ParetoNbdFitDto ToDto(ParetoNbdFit value) =>
        new(value.Status, value.Message, value.Parameters, value.StandardErrors, value.LogLikelihood, value.Iterations, value.CustomerCount);
}

/// <summary>A fit status on the wire is its camel-case name ("converged", "notIdentified", "notConverged"); numbers are refused.</summary>
internal sealed class ModelFitStatusJsonConverter() : JsonStringEnumConverter<ModelFitStatus>(JsonNamingPolicy.CamelCase, allowIntegerValues: false);
