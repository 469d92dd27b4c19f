using PrivateTraffic.Core.Primitives;
using System.Numerics;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Community;

/// <summary>
/// The positioning (定位) of a community: "positioning is direction" (定位即方向, article 002). It names the kinds the
/// community is (<see cref="CommunityTypes"/>), its primary orientation, its centre, its vertical focus and its niche.
/// Every part may be missing: a missing part is not an error here but a finding of
/// <see cref="PositioningAssessment.Assess(CommunityPositioning)"/>. Immutable; equal when every part is equal.
/// </summary>
[JsonConverter(typeof(CommunityPositioningJsonConverter))]
public sealed record CommunityPositioning
{
    private const CommunityTypes AllTypes = CommunityTypes.Product | CommunityTypes.Interest | CommunityTypes.Brand | CommunityTypes.Knowledge | CommunityTypes.Tool;

    private CommunityPositioning(CommunityTypes types, CommunityOrientation? orientation, CommunityCentre? centre, VerticalFocus? focus, string? niche, string? kolOrTeam)
    {
        Types = types;
        Orientation = orientation;
        Centre = centre;
        Focus = focus;
        Niche = niche;
        KolOrTeam = kolOrTeam;
    }

    /// <summary>The kinds the community is; <see cref="CommunityTypes.None"/> when none was chosen.</summary>
    public CommunityTypes Types { get; }

    /// <summary>Whether the community is hybrid (交叉型): more than one kind applies. Luogic Thinking is product,
    /// knowledge and interest at once.</summary>
    public bool IsHybrid => BitOperations.PopCount((uint)Types) > 1;

    /// <summary>The primary orientation, or null when none was chosen.</summary>
    public CommunityOrientation? Orientation { get; }

    /// <summary>The centre that gives belonging (中心化的标的物), or null when the community has none.</summary>
    public CommunityCentre? Centre { get; }

    /// <summary>The vertical focus (topic and persona), or null when none was set.</summary>
    public VerticalFocus? Focus { get; }

    /// <summary>A description of the subculture, niche or in-group the community serves, or null.</summary>
    public string? Niche { get; }

    /// <summary>The KOL (意见领袖) or team that brings knowledge, or null when there is none.</summary>
    public string? KolOrTeam { get; }

    /// <summary>A positioning. Only the kinds are required (and may be <see cref="CommunityTypes.None"/>).</summary>
    /// <exception cref="System.ArgumentException">Undefined bits in <paramref name="types"/>, an undefined orientation,
    /// or a blank or too long text.</exception>
    public static CommunityPositioning Create(
        CommunityTypes types,
        CommunityOrientation? orientation = null,
        CommunityCentre? centre = null,
        VerticalFocus? focus = null,
        string? niche = null,
        string? kolOrTeam = null)
    {
        Guard.Against.Unmet((types & ~AllTypes) == 0, $"Undefined community type bits: {(int)(types & ~AllTypes)}.", nameof(types));
        if (orientation is { } o)
        {
            CommunityText.Defined(o, nameof(orientation));
        }

        return new(types, orientation, centre, focus, CommunityText.Optional(niche, nameof(niche)), CommunityText.Optional(kolOrTeam, nameof(kolOrTeam)));
    }
}
