using PrivateTraffic.Core.Community;

namespace PrivateTraffic.Core.Serialization;

internal sealed record CentreDto(CentreKind Kind, string Name);

internal sealed record FocusDto(string Topic, string Persona);

internal sealed record PositioningDto(CommunityTypes Types, CommunityOrientation? Orientation, CentreDto? Centre, FocusDto? Focus, string? Niche, string? KolOrTeam);
