using System.Collections.Generic;

namespace PrivateTraffic.Core.Community;

/// <summary>
/// Assesses a positioning against the articles' points (000–002). It never stays silent: besides the mistakes it
/// finds, it always states the two points that hold for every community (vertical belonging, and the pair of
/// statements that pull against each other, which it keeps both). Pure and thread-safe.
/// </summary>
public static class PositioningAssessment
{
    /// <summary>The findings for a positioning, problems first, in a stable order.</summary>
    /// <exception cref="System.ArgumentNullException"><paramref name="positioning"/> is null.</exception>
    public static IReadOnlyList<PositioningFinding> Assess(CommunityPositioning positioning)
    {
        Guard.Against.Null(positioning);
        var findings = new List<PositioningFinding>();
        if (positioning.Types == CommunityTypes.None || positioning.Focus is null)
        {
            var missing = positioning.Types == CommunityTypes.None
                ? positioning.Focus is null ? "neither a kind nor a vertical focus" : "no kind"
                : "no vertical focus (topic and persona)";
            findings.Add(new(PositioningFindingCode.VagueDirection, FindingSeverity.Problem,
                $"The community has {missing}, so its direction is vague.",
                "A vague direction is the worst mistake (最忌方向模糊): running the wrong way, effort only takes you further off (南辕北辙)."));
        }

        if (positioning.Orientation is null)
        {
            findings.Add(new(PositioningFindingCode.NoOrientation, FindingSeverity.Warning,
                "No primary orientation was chosen, material or spiritual.",
                "Communities split into material-oriented (物质导向) and spiritual-oriented (精神文化导向); the split exists to pick a vertical position, since positioning is direction (定位即方向)."));
        }

        if (positioning.Centre is null)
        {
            findings.Add(new(PositioningFindingCode.NoCentre, FindingSeverity.Warning,
                "No person, brand or object stands at the centre.",
                "Belonging comes from a centre (中心化的标的物) the members gather around; not every industry has one."));
        }

        if (positioning.Orientation == CommunityOrientation.Spiritual && positioning.KolOrTeam is null)
        {
            findings.Add(new(PositioningFindingCode.SpiritualWithoutKolOrTeam, FindingSeverity.Problem,
                "The community is spiritual-oriented, but no KOL or team brings the knowledge.",
                "An advanced knowledge community lives on a KOL (意见领袖) or a team putting out high-value skills and experience."));
        }

        if (positioning.IsHybrid)
        {
            findings.Add(new(PositioningFindingCode.Hybrid, FindingSeverity.Note,
                $"The community is hybrid (交叉型): {positioning.Types}.",
                "One community can be several kinds at once (Luogic Thinking is product, knowledge and interest); the primary orientation decides which leads."));
        }

        findings.Add(new(PositioningFindingCode.VerticalBelonging, FindingSeverity.Note,
            positioning.Focus is { } focus
                ? $"Focused on \"{focus.Topic}\" for \"{focus.Persona}\"; the narrower both are, the stronger the belonging."
                : "Without a focus there is nothing to be vertical about.",
            "Within a correct broad direction, grow as vertically as possible: the more vertical the community, the stronger its members' belonging (越垂直,归属感越强)."));
        findings.Add(new(PositioningFindingCode.MaterialFirstYetPayForSpirit, FindingSeverity.Note,
            "Two of the articles' statements pull against each other; both are kept and neither is resolved here.",
            "Material needs come first and spiritual ones second (物质需求为主,精神文化需求为辅); yet consumers would rather pay for spirit than for function (更倾向于为精神买单,而不是为功能买单)."));
        return findings;
    }
}
