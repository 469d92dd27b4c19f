using System.Text.Json.Serialization.Metadata;
using NodaTime;
using PrivateTraffic.Core.Fission;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Serialization;

// The wire shape of the viral growth model (docs/json-fission.md): read strictly, then built by ViralGrowthModel.Create,
// so a negative invites count, a zero cycle time or a cap below the seeds is refused with the path.
internal sealed record ViralGrowthModelDto(long Seeds, double InvitesPerParticipant, Probability InviteConversion, Duration CycleTime, int Generations, long? Cap);

internal sealed class ViralGrowthModelJsonConverter : DtoJsonConverter<ViralGrowthModel, ViralGrowthModelDto>
{
    protected override JsonTypeInfo<ViralGrowthModelDto> DtoInfo => FissionJsonContext.Default.ViralGrowthModelDto;

    protected override ViralGrowthModelDto ToDto(ViralGrowthModel value) =>
        new(value.Seeds, value.InvitesPerParticipant, value.InviteConversion, value.CycleTime, value.Generations, value.Cap);

    protected override ViralGrowthModel FromDto(ViralGrowthModelDto dto) =>
        ViralGrowthModel.Create(dto.Seeds, dto.InvitesPerParticipant, dto.InviteConversion, dto.CycleTime, dto.Generations, dto.Cap);
}
