using System.Text.Json.Serialization.Metadata;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Value;

/// <summary>Reads sBG parameters as a plain DTO and builds them through their validating factory.</summary>
internal sealed class ShiftedBetaGeometricParametersJsonConverter : DtoJsonConverter<ShiftedBetaGeometricParameters, ShiftedBetaGeometricParametersDto>
{
    protected override JsonTypeInfo<ShiftedBetaGeometricParametersDto> DtoInfo => ValueModelsJsonContext.Default.ShiftedBetaGeometricParametersDto;

    protected override ShiftedBetaGeometricParameters FromDto(ShiftedBetaGeometricParametersDto dto) => ShiftedBetaGeometricParameters.Create(dto.Alpha, dto.Beta);

    protected override ShiftedBetaGeometricParametersDto ToDto(ShiftedBetaGeometricParameters value) => new(value.Alpha, value.Beta);
}

/// <summary>The wire shape of <see cref="ShiftedBetaGeometricParameters"/>.</summary>
/// <param name="Alpha">α.</param>
/// <param name="Beta">β.</param>
internal sealed record ShiftedBetaGeometricParametersDto(double Alpha, double Beta);
